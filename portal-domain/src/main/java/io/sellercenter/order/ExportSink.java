package io.sellercenter.order;

import java.io.IOException;

/**
 * Where an export writes, one order at a time. An {@link IOException} means the reader
 * has gone (the browser closed the download): the export stops its query and is recorded
 * as cut off by the client.
 */
@FunctionalInterface
public interface ExportSink {

	/**
	 * Called once the export may run, before the first order: where the download starts,
	 * so that a refused export can still answer with a page.
	 */
	default void start() throws IOException {
	}

	void write(ExportedOrder order) throws IOException;

}

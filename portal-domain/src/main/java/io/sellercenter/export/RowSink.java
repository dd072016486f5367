package io.sellercenter.export;

import java.io.IOException;

/**
 * Where an export writes the rows of its cursor. A sink may fold several rows into one
 * item of the file (an order and its lines): it says how many items each call wrote, so
 * the history counts what the reader got. An {@link IOException} means the reader has
 * gone (the browser closed the download, or stopped reading for longer than the write
 * timeout): the export stops its query and is recorded as cut off by the client.
 *
 * @param <R> the cursor's rows
 */
public interface RowSink<R> {

	/**
	 * Called once the export may run (no limit refused it), before the first row: where
	 * the download starts (headers, byte order mark, header row), so that a refused
	 * export can still answer with a page.
	 */
	default void start() throws IOException {
	}

	/** Takes the next row; the number of items written (0 while it only gathers). */
	int write(R row) throws IOException;

	/** After the last row: writes what is still gathered; the number of items written. */
	default int end() throws IOException {
		return 0;
	}

}

package io.sellercenter.export;

import org.apache.ibatis.cursor.Cursor;

/**
 * Opens a feature's streaming cursor (fetch size {@code Integer.MIN_VALUE}, forward only)
 * with the mappers of the export's own connection.
 *
 * @param <R> the cursor's rows
 */
@FunctionalInterface
public interface ExportQuery<R> {

	Cursor<R> open(ExportSession session);

}

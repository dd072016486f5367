package io.sellercenter.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import org.apache.ibatis.cursor.Cursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 导出: streams the rows of a feature's cursor to a sink, so memory stays flat whatever the
 * number of rows, and records each export in the history. A reader that goes away stops
 * the query on the server (KILL QUERY: closing a streaming result set would otherwise
 * read it to its end); a database error ends the export as FAILED and the caller must not
 * let the output pass for complete.
 */
@Service
public class Exports {

	private static final Logger log = LoggerFactory.getLogger(Exports.class);

	private final ExportMapper exports;

	private final TransactionTemplate readOnly;

	private final DataSource dataSource;

	private final Clock clock;

	Exports(ExportMapper exports, PlatformTransactionManager transactions, DataSource dataSource, Clock clock) {
		this.exports = exports;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * Writes every row of {@code query} to {@code sink} and records the export under
	 * {@code user}.
	 * @param filterText the filter as the user gave it (the list's query string), for the
	 * history
	 * @param query opens the feature's streaming cursor; called inside the export's
	 * transaction, on the connection the export stops if the reader goes away
	 */
	public <R> ExportResult run(CurrentUser user, ExportKind kind, String filterText, Supplier<Cursor<R>> query,
			RowSink<R> sink) {
		long start = System.nanoTime();
		long id = insertRecord(user, kind, filterText);
		long[] rows = { 0 };
		ExportStatus status;
		String error = null;
		try {
			this.readOnly.executeWithoutResult((tx) -> stream(query, sink, rows));
			status = ExportStatus.FINISHED;
		}
		catch (ClientGone ex) {
			status = ExportStatus.CLIENT_ABORTED;
			log.info("Export {} ({}) cut off by the client after {} rows", id, kind, rows[0]);
		}
		catch (RuntimeException ex) {
			status = ExportStatus.FAILED;
			error = describe(ex);
			log.warn("Export {} ({}) failed after {} rows: {}", id, kind, rows[0], error);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		this.exports.finish(user.merchant(), id, status, rows[0], LocalDateTime.now(this.clock), millis, error);
		return new ExportResult(id, status, rows[0], error);
	}

	/**
	 * The merchant's exports of one kind for its main account; a sub-user's own for a
	 * sub-user.
	 */
	public Page<ExportRecord> history(CurrentUser user, ExportKind kind, PageRequest page) {
		Long onlyUser = user.mainAccount() ? null : user.userId();
		return Page.load(page, () -> this.exports.count(user.merchant(), kind, onlyUser),
				(at) -> this.exports.find(user.merchant(), kind, onlyUser, at.offset(), at.size()));
	}

	private <R> void stream(Supplier<Cursor<R>> query, RowSink<R> sink, long[] rows) {
		long connectionId = this.exports.connectionId();
		Cursor<R> cursor = query.get();
		try {
			for (R row : cursor) {
				rows[0] += sink.write(row);
			}
			rows[0] += sink.end();
		}
		catch (IOException ex) {
			kill(connectionId);
			throw new ClientGone(ex);
		}
		finally {
			close(cursor);
		}
	}

	/** Stops the statement running on that connection, from another connection. */
	private void kill(long connectionId) {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("KILL QUERY " + connectionId);
		}
		catch (SQLException ex) {
			log.warn("Could not stop the export query on connection {}: {}", connectionId, ex.getMessage());
		}
	}

	private static void close(Cursor<?> cursor) {
		try {
			cursor.close();
		}
		catch (IOException | RuntimeException ex) {
			// the query was stopped or failed; the connection goes back to the pool as
			// usual
		}
	}

	private long insertRecord(CurrentUser user, ExportKind kind, String filterText) {
		ExportMapper.NewExport row = new ExportMapper.NewExport();
		row.kind = kind;
		row.userId = user.userId();
		row.userName = user.userName();
		row.filter = (filterText == null) ? ""
				: (filterText.length() > 1000) ? filterText.substring(0, 1000) : filterText;
		row.startedAt = LocalDateTime.now(this.clock);
		this.exports.insert(user.merchant(), row);
		return row.id;
	}

	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = root.getClass().getSimpleName() + ": " + root.getMessage();
		return (text.length() > 500) ? text.substring(0, 500) : text;
	}

	/** The sink's reader has gone. */
	private static final class ClientGone extends RuntimeException {

		ClientGone(IOException cause) {
			super(cause);
		}

	}

}

package io.sellercenter.export;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.defaults.DefaultSqlSession;
import org.apache.ibatis.transaction.jdbc.JdbcTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * 导出: streams the rows of a feature's cursor to a sink, so memory stays flat whatever the
 * number of rows, and records each export in the history.
 * <p>
 * Exports run on a pool of their own ({@link ExportPool}), so however many are asked for,
 * pages and pushes never wait for a connection behind them; an instance runs at most as
 * many as that pool holds, and a merchant at most
 * {@code portal.exports.max-running-per-merchant} across all instances; more are refused
 * ({@link ExportRefused}), never queued. A reader that goes away, or stops reading past
 * the write timeout, stops the query on the server (KILL QUERY: closing a streaming
 * result set would otherwise read it to its end); a database error ends the export as
 * FAILED and the caller must not let the output pass for complete. The history gets a
 * plain reason ({@link ExportReason}); the exception goes to the log.
 * <p>
 * While an export runs, {@link #heartbeat} (every few seconds) refreshes its row; a
 * RUNNING row whose heartbeat is stale belongs to no live portal, and {@link #sweep}
 * marks it failed, whichever instance ran it.
 */
@Service
public class Exports {

	private static final Logger log = LoggerFactory.getLogger(Exports.class);

	/** How long an ending that could not be recorded is tried again. */
	private static final Duration RECORD_RETRIES = Duration.ofHours(1);

	private final ExportMapper exports;

	private final ExportPool pool;

	private final Configuration mybatis;

	private final DataSource dataSource;

	private final Clock clock;

	private final int perMerchant;

	private final long staleSeconds;

	/** This instance's exports whose end is not recorded yet, by id. */
	private final Map<Long, Running> running = new ConcurrentHashMap<>();

	Exports(ExportMapper exports, ExportPool pool, SqlSessionFactory sessions, DataSource dataSource, Clock clock,
			@Value("${portal.exports.max-running-per-merchant:2}") int perMerchant,
			@Value("${portal.exports.stale-after:60s}") Duration staleAfter) {
		this.exports = exports;
		this.pool = pool;
		this.mybatis = sessions.getConfiguration();
		this.dataSource = dataSource;
		this.clock = clock;
		this.perMerchant = Math.max(1, perMerchant);
		this.staleSeconds = Math.max(1, staleAfter.toSeconds());
	}

	/**
	 * Writes every row of {@code query} to {@code sink} and records the export under
	 * {@code user}.
	 * @param filterText the filter as the user gave it (the list's query string), for the
	 * history
	 * @param query opens the feature's streaming cursor on the export's own connection,
	 * the one the export stops if the reader goes away
	 * @throws ExportRefused when the merchant or this instance runs as many exports as it
	 * may; the sink was not started
	 */
	public <R> ExportResult run(CurrentUser user, ExportKind kind, String filterText, ExportQuery<R> query,
			RowSink<R> sink) {
		if (!this.pool.tryAcquire()) {
			throw new ExportRefused(ExportRefused.Why.PORTAL_BUSY, this.pool.size());
		}
		try {
			Running export = admit(user, kind, filterText);
			this.running.put(export.id, export);
			try {
				stream(export, query, sink);
			}
			finally {
				record(export);
			}
			return new ExportResult(export.id, export.status, export.rows, export.reason);
		}
		finally {
			this.pool.release();
		}
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

	/**
	 * Refreshes the rows of this instance's running exports (with the rows written so
	 * far), and records the ends that could not be recorded when they happened. Run every
	 * few seconds, well within {@code portal.exports.stale-after}.
	 */
	public void heartbeat() {
		for (Running export : this.running.values()) {
			try {
				if (export.status == ExportStatus.RUNNING) {
					this.exports.heartbeat(export.merchant, export.id, export.rows);
				}
				else {
					finish(export);
					this.running.remove(export.id);
					log.info("Export {} recorded as {} after all", export.id, export.status);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Export {}: heartbeat or end not recorded: {}", export.id, ex.getMessage());
				if (export.status != ExportStatus.RUNNING
						&& LocalDateTime.now(this.clock).isAfter(export.finishedAt.plus(RECORD_RETRIES))) {
					this.running.remove(export.id);
					log.error("Export {} ended {} but could not be recorded; the sweep marks it lost", export.id,
							export.status);
				}
			}
		}
	}

	/**
	 * Marks FAILED (reason LOST) every RUNNING export whose heartbeat is older than
	 * {@code portal.exports.stale-after}: its portal stopped, or could not reach the
	 * database to say it is alive. Safe on every instance at once.
	 * @return how many were marked
	 */
	public int sweep() {
		int swept = this.exports.sweep(this.staleSeconds);
		if (swept > 0) {
			log.warn("{} export(s) no longer alive marked failed", swept);
		}
		return swept;
	}

	/**
	 * Records the export as RUNNING, then counts the merchant's running exports with it:
	 * over the limit, its row goes again and the export is refused. Counting after the
	 * insert never lets two at once both pass the last place (each sees the other).
	 */
	private Running admit(CurrentUser user, ExportKind kind, String filterText) {
		ExportMapper.NewExport row = new ExportMapper.NewExport();
		row.kind = kind;
		row.userId = user.userId();
		row.userName = user.userName();
		row.filter = (filterText == null) ? ""
				: (filterText.length() > 1000) ? filterText.substring(0, 1000) : filterText;
		row.startedAt = LocalDateTime.now(this.clock);
		this.exports.insert(user.merchant(), row);
		if (this.exports.countRunning(user.merchant(), this.staleSeconds) > this.perMerchant) {
			this.exports.delete(user.merchant(), row.id);
			throw new ExportRefused(ExportRefused.Why.MERCHANT_LIMIT, this.perMerchant);
		}
		return new Running(user.merchant(), row.id, kind);
	}

	private <R> void stream(Running export, ExportQuery<R> query, RowSink<R> sink) {
		try {
			sink.start();
			SqlSession session = open(this.pool.connection());
			try {
				long connectionId = session.getMapper(ExportMapper.class).connectionId();
				Cursor<R> cursor = query.open(session::getMapper);
				try {
					for (R row : cursor) {
						export.rows += sink.write(row);
					}
					export.rows += sink.end();
				}
				catch (IOException ex) {
					kill(connectionId);
					throw ex;
				}
				finally {
					close(cursor);
				}
			}
			finally {
				session.close();
			}
			export.end(ExportStatus.FINISHED, null, this.clock);
		}
		catch (IOException ex) {
			export.end(ExportStatus.CLIENT_ABORTED, stalled(ex) ? ExportReason.STALLED : ExportReason.CLOSED,
					this.clock);
			log.info("Export {} ({}) cut off by the client after {} rows: {}", export.id, export.kind, export.rows,
					export.reason);
		}
		catch (SQLException | RuntimeException ex) {
			export.end(ExportStatus.FAILED, fromDatabase(ex) ? ExportReason.DATABASE : ExportReason.INTERNAL,
					this.clock);
			log.warn("Export {} ({}) failed after {} rows", export.id, export.kind, export.rows, ex);
		}
	}

	/**
	 * A session of the shared MyBatis configuration (the features' mappers) on a
	 * connection of the export pool, outside Spring's transactions: the query is one
	 * streaming SELECT, consistent by itself, read in autocommit.
	 */
	private SqlSession open(Connection connection) {
		Executor executor = this.mybatis.newExecutor(new JdbcTransaction(connection), ExecutorType.SIMPLE);
		return new DefaultSqlSession(this.mybatis, executor, true);
	}

	/**
	 * Writes how the export ended. If the database cannot take it now (the pool of the
	 * pages is exhausted, the database is away), the export stays in memory and the
	 * heartbeat tries again; should this instance stop first, the sweep marks it lost.
	 */
	private void record(Running export) {
		if (export.status == ExportStatus.RUNNING) {
			// an Error went past stream()
			export.end(ExportStatus.FAILED, ExportReason.INTERNAL, this.clock);
		}
		try {
			finish(export);
			this.running.remove(export.id);
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the end of export {} ({}), will try again: {}", export.id, export.status,
					ex.getMessage());
		}
	}

	private void finish(Running export) {
		this.exports.finish(export.merchant, export.id, export.status, export.rows, export.finishedAt,
				export.durationMs, export.reason);
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

	/** The reader stopped reading and the server's write timeout cut it off. */
	private static boolean stalled(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static boolean fromDatabase(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException) {
				return true;
			}
		}
		return false;
	}

	/** An export of this instance, from its start until its end is recorded. */
	private static final class Running {

		final MerchantId merchant;

		final long id;

		final ExportKind kind;

		final long startNanos = System.nanoTime();

		/** Written by the export's thread only; read by the heartbeat. */
		volatile long rows;

		volatile ExportStatus status = ExportStatus.RUNNING;

		volatile ExportReason reason;

		volatile LocalDateTime finishedAt;

		volatile long durationMs;

		Running(MerchantId merchant, long id, ExportKind kind) {
			this.merchant = merchant;
			this.id = id;
			this.kind = kind;
		}

		void end(ExportStatus status, ExportReason reason, Clock clock) {
			this.durationMs = (System.nanoTime() - this.startNanos) / 1_000_000;
			this.finishedAt = LocalDateTime.now(clock);
			this.reason = reason;
			this.status = status;
		}

	}

}

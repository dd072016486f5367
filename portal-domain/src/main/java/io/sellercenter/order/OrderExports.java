package io.sellercenter.order;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import io.sellercenter.order.Rows.ExportRow;
import io.sellercenter.product.Viewer;
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
 * 导出订单: streams every order of a filter to a sink, straight from a database cursor, so
 * memory stays flat whatever the number of rows, and records each export in the history.
 * A reader that goes away stops the query on the server (KILL QUERY: closing a streaming
 * result set would otherwise read it to its end); a database error ends the export as
 * FAILED and the caller must not let the output pass for complete.
 */
@Service
public class OrderExports {

	private static final Logger log = LoggerFactory.getLogger(OrderExports.class);

	private final OrderMapper orders;

	private final ExportMapper exports;

	private final TransactionTemplate readOnly;

	private final DataSource dataSource;

	private final Clock clock;

	OrderExports(OrderMapper orders, ExportMapper exports, PlatformTransactionManager transactions,
			DataSource dataSource, Clock clock) {
		this.orders = orders;
		this.exports = exports;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * Writes every order of the filter that the viewer may see, newest first (or oldest,
	 * as the filter sorts), and records the export under {@code user}.
	 * @param filterText the filter as the user gave it (the list's query string), for the
	 * history
	 */
	public ExportResult export(CurrentUser user, Viewer viewer, String filterText, OrderFilter filter,
			ExportSink sink) {
		long start = System.nanoTime();
		long id = insertRecord(user, filterText);
		long[] rows = { 0 };
		ExportStatus status;
		String error = null;
		try {
			this.readOnly.executeWithoutResult((tx) -> stream(viewer, filter, sink, rows));
			status = ExportStatus.FINISHED;
		}
		catch (ClientGone ex) {
			status = ExportStatus.CLIENT_ABORTED;
			log.info("Order export {} cut off by the client after {} rows", id, rows[0]);
		}
		catch (RuntimeException ex) {
			status = ExportStatus.FAILED;
			error = describe(ex);
			log.warn("Order export {} failed after {} rows: {}", id, rows[0], error);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		this.exports.finish(user.merchant(), id, status, rows[0], LocalDateTime.now(this.clock), millis, error);
		return new ExportResult(id, status, rows[0], error);
	}

	/** The merchant's exports for its main account; a sub-user's own for a sub-user. */
	public Page<ExportRecord> history(CurrentUser user, PageRequest page) {
		Long onlyUser = user.mainAccount() ? null : user.userId();
		return Page.of(this.exports.find(user.merchant(), onlyUser, page.offset(), page.size()), page,
				this.exports.count(user.merchant(), onlyUser));
	}

	private void stream(Viewer viewer, OrderFilter filter, ExportSink sink, long[] rows) {
		long connectionId = this.orders.connectionId();
		this.orders.allowLongLineSummaries();
		Lines lines = new Lines(this.orders.exportNames(viewer),
				viewer.mainAccount() ? null : new HashSet<>(this.orders.grantedProducts(viewer)));
		Cursor<ExportRow> cursor = this.orders.export(viewer, filter);
		try {
			for (ExportRow o : cursor) {
				sink.write(new ExportedOrder(o.orderId, o.orderType, o.status, o.createdAt, o.paidAt, o.currency,
						o.amount, o.customerName, o.customerAccountName, lines.of(o.lineSummary)));
				rows[0]++;
			}
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

	private static void close(Cursor<ExportRow> cursor) {
		try {
			cursor.close();
		}
		catch (IOException | RuntimeException ex) {
			// the query was stopped or failed; the connection goes back to the pool as
			// usual
		}
	}

	private long insertRecord(CurrentUser user, String filterText) {
		ExportMapper.NewExport row = new ExportMapper.NewExport();
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

	/** The outcome of an export. */
	public record ExportResult(long id, ExportStatus status, long rows, String error) {

	}

	/** The sink's reader has gone. */
	private static final class ClientGone extends RuntimeException {

		ClientGone(IOException cause) {
			super(cause);
		}

	}

	/**
	 * Turns an order's line summary into the lines the viewer may see, with the names of
	 * their products and specs (read once per export: a merchant has few).
	 */
	private static final class Lines {

		private final Map<Long, Rows.NameRow> products = new HashMap<>();

		private final Map<Long, Rows.NameRow> specs = new HashMap<>();

		/** Null for the main account, who sees every line. */
		private final Set<Long> granted;

		Lines(List<Rows.NameRow> names, Set<Long> granted) {
			for (Rows.NameRow name : names) {
				("P".equals(name.kind) ? this.products : this.specs).put(name.id, name);
			}
			this.granted = granted;
		}

		List<ExportedOrder.Line> of(String summary) {
			List<LineSummary.Entry> entries = LineSummary.decode(summary);
			List<ExportedOrder.Line> lines = new ArrayList<>(entries.size());
			for (LineSummary.Entry entry : entries) {
				if (this.granted != null && !this.granted.contains(entry.productId())) {
					continue;
				}
				Rows.NameRow product = this.products.get(entry.productId());
				Rows.NameRow spec = this.specs.get(entry.specId());
				lines.add(new ExportedOrder.Line((product != null) ? product.nameZh : null,
						(product != null) ? product.nameEn : null, (spec != null) ? spec.nameZh : null,
						(spec != null) ? spec.nameEn : null, entry.chargingMode(), entry.amount(),
						entry.instanceIds()));
			}
			return lines;
		}

	}

}

package io.sellercenter.order;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.sellercenter.export.ExportKind;
import io.sellercenter.export.ExportRecord;
import io.sellercenter.export.ExportResult;
import io.sellercenter.export.Exports;
import io.sellercenter.export.RowSink;
import io.sellercenter.order.Rows.ExportRow;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;

import org.springframework.stereotype.Service;

/**
 * 导出订单: every order of a filter, one at a time from a database cursor, through the shared
 * export mechanics ({@link Exports}: flat memory, the query stopped when the reader goes
 * away, the export history).
 */
@Service
public class OrderExports {

	private final OrderMapper orders;

	private final Exports exports;

	OrderExports(OrderMapper orders, Exports exports) {
		this.orders = orders;
		this.exports = exports;
	}

	/**
	 * Writes every order of the filter that the viewer may see, newest first (or oldest,
	 * as the filter sorts), and records the export under {@code user}.
	 * @param filterText the filter as the user gave it (the list's query string), for the
	 * history
	 */
	public ExportResult export(CurrentUser user, Viewer viewer, String filterText, OrderFilter filter,
			ExportSink sink) {
		return this.exports.run(user, ExportKind.ORDERS, filterText, () -> this.orders.export(viewer, filter),
				new Grouping(sink));
	}

	/**
	 * The merchant's exports of orders for its main account; a sub-user's own for a
	 * sub-user.
	 */
	public Page<ExportRecord> history(CurrentUser user, PageRequest page) {
		return this.exports.history(user, ExportKind.ORDERS, page);
	}

	/**
	 * Rows of one order (one per line and instance) folded into one exported order,
	 * written when the next order's rows begin.
	 */
	private static final class Grouping implements RowSink<ExportRow> {

		private final ExportSink sink;

		ExportRow current;

		final List<ExportRow> lineRows = new ArrayList<>();

		final List<List<String>> instances = new ArrayList<>();

		Grouping(ExportSink sink) {
			this.sink = sink;
		}

		@Override
		public int write(ExportRow row) throws IOException {
			int written = 0;
			if (this.current != null && this.current.id != row.id) {
				this.sink.write(build());
				written = 1;
			}
			add(row);
			return written;
		}

		@Override
		public int end() throws IOException {
			if (this.current == null) {
				return 0;
			}
			this.sink.write(build());
			return 1;
		}

		private void add(ExportRow row) {
			if (this.current == null || this.current.id != row.id) {
				this.current = row;
				this.lineRows.clear();
				this.instances.clear();
			}
			if (row.lineId == null) {
				return;
			}
			// Rows of one line come together in practice; an order has few lines, so
			// look.
			int at = this.lineRows.size() - 1;
			while (at >= 0 && !this.lineRows.get(at).lineId.equals(row.lineId)) {
				at--;
			}
			if (at < 0) {
				this.lineRows.add(row);
				this.instances.add(new ArrayList<>(1));
				at = this.lineRows.size() - 1;
			}
			if (row.instanceId != null) {
				this.instances.get(at).add(row.instanceId);
			}
		}

		private ExportedOrder build() {
			ExportRow o = this.current;
			List<ExportedOrder.Line> lines = new ArrayList<>(this.lineRows.size());
			for (int i = 0; i < this.lineRows.size(); i++) {
				ExportRow l = this.lineRows.get(i);
				lines.add(new ExportedOrder.Line(l.productNameZh, l.productNameEn, l.specNameZh, l.specNameEn,
						l.chargingMode, l.lineAmount, List.copyOf(this.instances.get(i))));
			}
			return new ExportedOrder(o.orderId, o.orderType, o.status, o.createdAt, o.paidAt, o.currency, o.amount,
					o.customerName, o.customerAccountName, lines);
		}

	}

}

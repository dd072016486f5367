package io.sellercenter.order;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * 导出订单: every order of a filter, one row per order from a database cursor (its lines come
 * from the order's line summary, see {@link LineSummary}), through the shared export
 * mechanics ({@link Exports}: flat memory, the query stopped when the reader goes away,
 * the export history).
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
	 * @throws io.sellercenter.export.ExportRefused when as many exports run as may; the
	 * sink was not started
	 */
	public ExportResult export(CurrentUser user, Viewer viewer, String filterText, OrderFilter filter,
			ExportSink sink) {
		return this.exports.run(user, ExportKind.ORDERS, filterText, (session) -> {
			OrderMapper mapper = session.mapper(OrderMapper.class);
			mapper.allowLongLineSummaries();
			return mapper.export(viewer, filter);
		}, new Summarised(sink, viewer));
	}

	/**
	 * The merchant's exports of orders for its main account; a sub-user's own for a
	 * sub-user.
	 */
	public Page<ExportRecord> history(CurrentUser user, PageRequest page) {
		return this.exports.history(user, ExportKind.ORDERS, page);
	}

	/**
	 * Each row is one order, its lines in its line summary; the names of the merchant's
	 * products and specs are read once the export may run.
	 */
	private final class Summarised implements RowSink<ExportRow> {

		private final ExportSink sink;

		private final Viewer viewer;

		private Lines lines;

		Summarised(ExportSink sink, Viewer viewer) {
			this.sink = sink;
			this.viewer = viewer;
		}

		/**
		 * The download starts first, so that a failure reading the names ends a started
		 * file as incomplete.
		 */
		@Override
		public void start() throws IOException {
			this.sink.start();
			this.lines = new Lines(OrderExports.this.orders.exportNames(this.viewer), this.viewer.mainAccount() ? null
					: new HashSet<>(OrderExports.this.orders.grantedProducts(this.viewer)));
		}

		@Override
		public int write(ExportRow o) throws IOException {
			this.sink.write(
					new ExportedOrder(o.orderId(), o.orderType(), o.status(), o.createdAt(), o.paidAt(), o.currency(),
							o.amount(), o.customerName(), o.customerAccountName(), this.lines.of(o.lineSummary())));
			return 1;
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

package io.sellercenter.order;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import io.sellercenter.web.CsvExport;

import org.springframework.context.MessageSource;

import static io.sellercenter.web.CsvExport.decimal;
import static io.sellercenter.web.CsvExport.text;
import static io.sellercenter.web.CsvExport.time;

/**
 * Orders as CSV, one row per order with its lines' values side by side, codes in the
 * reader's language; the file's rules (RFC 4180, BOM, formula protection, the incomplete
 * marker) are {@link CsvExport}'s.
 */
final class OrderCsv implements ExportSink {

	static final List<String> COLUMNS = List.of("orderId", "createdAt", "status", "type", "customerName",
			"customerAccountName", "product", "spec", "chargingMode", "currency", "amount", "lineAmounts",
			"instanceIds", "paidAt");

	private final HttpServletResponse response;

	private final MessageSource messages;

	private final Locale locale;

	private final LocalDateTime now;

	private final boolean bom;

	private CsvExport csv;

	private final boolean chinese;

	private final Map<OrderStatus, String> statuses;

	private final Map<OrderType, String> types;

	private final Map<OrderChargingMode, String> modes;

	private final Object[] cells = new Object[COLUMNS.size()];

	OrderCsv(HttpServletResponse response, MessageSource messages, Locale locale, LocalDateTime now, boolean bom) {
		this.response = response;
		this.messages = messages;
		this.locale = locale;
		this.now = now;
		this.bom = bom;
		this.chinese = "zh".equals(locale.getLanguage());
		this.statuses = labels(OrderStatus.class, (s) -> messages.getMessage("orders.status." + s, null, locale));
		this.types = labels(OrderType.class, (t) -> messages.getMessage("orders.type." + t, null, locale));
		this.modes = labels(OrderChargingMode.class, (m) -> messages.getMessage("orders.mode." + m, null, locale));
	}

	/** Starts the download once the export may run. */
	@Override
	public void start() throws IOException {
		this.csv = CsvExport.download(this.response, "orders", this.now, this.bom,
				CsvExport.header(this.messages, this.locale, "orders.csv.", COLUMNS));
	}

	@Override
	public void write(ExportedOrder order) throws IOException {
		Object[] row = this.cells;
		row[0] = text(order.orderId());
		row[1] = time(order.createdAt());
		row[2] = this.statuses.get(order.status());
		row[3] = this.types.get(order.type());
		row[4] = text(order.customerName());
		row[5] = text(order.customerAccountName());
		List<ExportedOrder.Line> lines = order.lines();
		if (lines.size() == 1) {
			ExportedOrder.Line line = lines.get(0);
			row[6] = text(this.chinese ? line.productNameZh() : line.productNameEn());
			row[7] = text(this.chinese ? line.specNameZh() : line.specNameEn());
			row[8] = this.modes.get(line.chargingMode());
			row[11] = decimal(line.amount());
			row[12] = text(String.join(" ", line.instanceIds()));
		}
		else {
			row[6] = text(join(lines, (l) -> this.chinese ? l.productNameZh() : l.productNameEn()));
			row[7] = text(join(lines, (l) -> this.chinese ? l.specNameZh() : l.specNameEn()));
			row[8] = join(lines, (l) -> this.modes.get(l.chargingMode()));
			row[11] = join(lines, (l) -> decimal(l.amount()));
			row[12] = text(join(lines, (l) -> String.join(" ", l.instanceIds())));
		}
		row[9] = order.currency();
		row[10] = decimal(order.amount());
		row[13] = time(order.paidAt());
		this.csv.row(row);
	}

	CsvExport file() {
		return this.csv;
	}

	private static String join(List<ExportedOrder.Line> lines, Function<ExportedOrder.Line, String> value) {
		StringBuilder joined = new StringBuilder();
		for (ExportedOrder.Line line : lines) {
			if (!joined.isEmpty()) {
				joined.append("; ");
			}
			String part = value.apply(line);
			joined.append((part != null) ? part : "");
		}
		return joined.toString();
	}

	private static <E extends Enum<E>> Map<E, String> labels(Class<E> type, Function<E, String> label) {
		Map<E, String> labels = new EnumMap<>(type);
		for (E value : type.getEnumConstants()) {
			labels.put(value, label.apply(value));
		}
		return labels;
	}

}

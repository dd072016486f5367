package io.sellercenter.order;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;

/**
 * Orders as CSV: RFC 4180 (Commons CSV quotes commas, quotes and line breaks, lines end
 * with CRLF), UTF-8 with a byte order mark unless asked without (so that spreadsheet
 * programs read Chinese), headers and codes in the reader's language. Every text cell
 * that a spreadsheet would take for a formula ({@code = + - @}, tab, CR, NUL first) is
 * prefixed with {@code '}.
 */
final class OrderCsv implements ExportSink {

	/**
	 * What a last line says when the export broke off, so no one takes the file for
	 * whole.
	 */
	static final String INCOMPLETE = "# EXPORT INCOMPLETE";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	static final List<String> COLUMNS = List.of("orderId", "createdAt", "status", "type", "customerName",
			"customerAccountName", "product", "spec", "chargingMode", "currency", "amount", "lineAmounts",
			"instanceIds", "paidAt");

	private final Writer writer;

	private final CSVPrinter printer;

	private final boolean chinese;

	private final Map<OrderStatus, String> statuses;

	private final Map<OrderType, String> types;

	private final Map<OrderChargingMode, String> modes;

	private final Object[] cells = new Object[COLUMNS.size()];

	OrderCsv(OutputStream out, MessageSource messages, Locale locale, boolean bom) throws IOException {
		this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		if (bom) {
			this.writer.write('\uFEFF');
		}
		this.printer = new CSVPrinter(this.writer, CSVFormat.RFC4180);
		this.chinese = "zh".equals(locale.getLanguage());
		this.statuses = labels(OrderStatus.class, (s) -> messages.getMessage("orders.status." + s, null, locale));
		this.types = labels(OrderType.class, (t) -> messages.getMessage("orders.type." + t, null, locale));
		this.modes = labels(OrderChargingMode.class, (m) -> messages.getMessage("orders.mode." + m, null, locale));
		for (String column : COLUMNS) {
			this.printer.print(messages.getMessage("orders.csv." + column, null, locale));
		}
		this.printer.println();
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
			row[11] = amount(line.amount());
			row[12] = text(String.join(" ", line.instanceIds()));
		}
		else {
			row[6] = text(join(lines, (l) -> this.chinese ? l.productNameZh() : l.productNameEn()));
			row[7] = text(join(lines, (l) -> this.chinese ? l.specNameZh() : l.specNameEn()));
			row[8] = join(lines, (l) -> this.modes.get(l.chargingMode()));
			row[11] = join(lines, (l) -> amount(l.amount()));
			row[12] = text(join(lines, (l) -> String.join(" ", l.instanceIds())));
		}
		row[9] = order.currency();
		row[10] = amount(order.amount());
		row[13] = time(order.paidAt());
		this.printer.printRecord(row);
	}

	/** Sends what is buffered: the end of a complete export. */
	void finish() throws IOException {
		this.printer.flush();
	}

	/**
	 * Ends a broken export with a line that says so (after {@code rows} orders), in case
	 * the reader keeps what it got.
	 */
	void incomplete(long rows) throws IOException {
		this.writer.write(INCOMPLETE + ": the database failed after " + rows + " orders\r\n");
		this.writer.flush();
	}

	/**
	 * The cell as text a spreadsheet shows as it is: one that starts like a formula gets
	 * a leading apostrophe.
	 */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == '\0') ? "'" + value : value;
	}

	private static String time(LocalDateTime time) {
		return (time != null) ? TIME.format(time) : null;
	}

	private static String amount(BigDecimal amount) {
		return (amount != null) ? amount.toPlainString() : null;
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

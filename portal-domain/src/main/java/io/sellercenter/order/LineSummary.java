package io.sellercenter.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An order's lines as written onto the order row ({@code orders.line_summary}, see V13):
 * {@code product,spec,mode,amount,instance instance;...}. The export reads it instead of
 * joining four tables per order. The database builds the same text for orders stored
 * before the column existed (OrderMapper.export); a test keeps the two in step.
 */
final class LineSummary {

	private LineSummary() {
	}

	/** One line: what the export shows of it. */
	record Entry(long productId, long specId, OrderChargingMode chargingMode, BigDecimal amount,
			List<String> instanceIds) {
	}

	static String encode(List<Entry> lines) {
		StringBuilder text = new StringBuilder(lines.size() * 48);
		for (Entry line : lines) {
			if (!text.isEmpty()) {
				text.append(';');
			}
			// As the DECIMAL(16,2) column stores it, so both ways of building the text
			// agree.
			text.append(line.productId())
				.append(',')
				.append(line.specId())
				.append(',')
				.append(line.chargingMode().name())
				.append(',')
				.append(line.amount().setScale(2, RoundingMode.HALF_UP).toPlainString())
				.append(',');
			for (int i = 0; i < line.instanceIds().size(); i++) {
				String id = line.instanceIds().get(i);
				if (id.indexOf(' ') >= 0 || id.indexOf(',') >= 0 || id.indexOf(';') >= 0) {
					throw new IllegalArgumentException("An instance id with a separator: " + id);
				}
				text.append((i > 0) ? " " : "").append(id);
			}
		}
		return text.toString();
	}

	static List<Entry> decode(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<Entry> lines = new ArrayList<>(2);
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf(';', start);
			if (end < 0) {
				end = text.length();
			}
			lines.add(entry(text, start, end));
			start = end + 1;
		}
		return lines;
	}

	private static Entry entry(String text, int start, int end) {
		int a = text.indexOf(',', start);
		int b = text.indexOf(',', a + 1);
		int c = text.indexOf(',', b + 1);
		int d = text.indexOf(',', c + 1);
		if (a < 0 || d < 0 || d >= end) {
			throw new IllegalStateException("Not a line summary: " + text.substring(start, end));
		}
		List<String> instances = new ArrayList<>(1);
		int from = d + 1;
		while (from < end) {
			int space = text.indexOf(' ', from);
			int to = (space < 0 || space > end) ? end : space;
			instances.add(text.substring(from, to));
			from = to + 1;
		}
		return new Entry(Long.parseLong(text, start, a, 10), Long.parseLong(text, a + 1, b, 10),
				OrderChargingMode.valueOf(text.substring(b + 1, c)), new BigDecimal(text.substring(c + 1, d)),
				instances);
	}

}

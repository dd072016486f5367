package io.sellercenter.analytics;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * A chart as the reader reads it: labels and series names in the reader's language, the
 * "data as of" time in the reader's zone, and each value also formatted for the reader's
 * locale (the table). The JSON, the table and the CSV are all made from one of these, so
 * they hold the same numbers. {@code view} names the chart on its page (a sales chart per
 * dimension); {@code axis} names what its labels are (the table's first column).
 */
public record ChartView(String id, String view, String axis, String asOf, String asOfShown, String currency,
		List<String> labels, List<SeriesView> series) {

	/**
	 * A series: {@code values} as numbers (JSON, CSV), {@code shown} as the table shows
	 * them.
	 */
	public record SeriesView(String key, String name, boolean money, List<BigDecimal> values, List<String> shown) {

	}

	static String iso(LocalDateTime utc) {
		return utc.atOffset(ZoneOffset.UTC).toString();
	}

	/** Money with the currency's two decimals, other figures with up to three. */
	static List<String> format(List<BigDecimal> values, boolean money, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(money ? 2 : 0);
		format.setMaximumFractionDigits(money ? 2 : 3);
		return values.stream().map((v) -> (v != null) ? format.format(v) : "").toList();
	}

	/** The rows of the table and the CSV: a label, then one value per series. */
	int rows() {
		return this.labels.size();
	}

}

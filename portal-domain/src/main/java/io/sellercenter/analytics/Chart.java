package io.sellercenter.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The numbers of one chart: its labels (days, months, or the names of what it compares)
 * and one series per thing measured, each with a value per label. Names come in both
 * languages, or as a code the page puts in words ({@code key}).
 */
public record Chart(String id, List<Label> labels, List<Series> series) {

	/**
	 * A label: a period ({@code code} "2026-11" or "2026-11-30"), or a product or a code.
	 */
	public record Label(String code, String nameZh, String nameEn) {

		public static Label of(String code) {
			return new Label(code, null, null);
		}

	}

	/**
	 * What a series measures: {@code key} such as {@code amount}, {@code orders}, a
	 * charging mode, an order type or a product id; {@code money}: its values are amounts
	 * in {@code currency}.
	 */
	public record Series(String key, String nameZh, String nameEn, boolean money, List<BigDecimal> values) {

	}

}

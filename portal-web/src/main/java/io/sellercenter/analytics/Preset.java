package io.sellercenter.analytics;

import java.time.LocalDate;
import java.util.List;

import io.sellercenter.analytics.Range.Granularity;

/** A range the business page offers with one click, in the merchant's days. */
public record Preset(String code, LocalDate from, LocalDate to, Granularity granularity) {

	static List<Preset> all(LocalDate today) {
		return List.of(new Preset("last7", today.minusDays(6), today, Granularity.DAY),
				new Preset("last30", today.minusDays(ChartQuery.DEFAULT_DAYS - 1), today, Granularity.DAY),
				new Preset("thisMonth", today.withDayOfMonth(1), today, Granularity.DAY),
				new Preset("last12Months", today.withDayOfMonth(1).minusMonths(11), today, Granularity.MONTH));
	}

	public boolean matches(Range range) {
		return this.from.equals(range.from()) && this.to.equals(range.to()) && this.granularity == range.granularity();
	}

}

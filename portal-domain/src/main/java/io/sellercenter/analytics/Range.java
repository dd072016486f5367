package io.sellercenter.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A range of the merchant's days, both ends included, with the periods a chart shows it
 * in: days, or calendar months. At most 3 years of days (about 1,100 points).
 */
public record Range(LocalDate from, LocalDate to, Granularity granularity) {

	public static final int MAX_DAYS = 3 * 366;

	public enum Granularity {

		DAY, MONTH

	}

	public Range {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("the range ends before it starts");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new IllegalArgumentException("at most " + MAX_DAYS + " days");
		}
	}

	/** The code of the period a day falls in. */
	public String period(LocalDate day) {
		return (this.granularity == Granularity.MONTH) ? day.toString().substring(0, 7) : day.toString();
	}

	/** Every period of the range, in order. */
	public List<String> periods() {
		List<String> periods = new ArrayList<>();
		for (LocalDate day = this.from; !day.isAfter(this.to); day = day.plusDays(1)) {
			String period = period(day);
			if (periods.isEmpty() || !periods.get(periods.size() - 1).equals(period)) {
				periods.add(period);
			}
		}
		return periods;
	}

}

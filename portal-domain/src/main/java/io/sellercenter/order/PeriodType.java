package io.sellercenter.order;

import java.time.LocalDateTime;

/**
 * The unit of a period line's period number. DAY serves trials counted in days (the
 * marketplace's day trial); a periodic spec is still sold by MONTH or YEAR only
 * (OrderIntake).
 */
public enum PeriodType {

	MONTH, YEAR, DAY;

	/**
	 * As the marketplace's interfaces write it ({@code periodType}: "month", "year",
	 * "day"): in the calls to merchants' servers and the order query they make.
	 */
	public String wireName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The end of {@code number} of these periods from {@code start}. */
	public LocalDateTime after(LocalDateTime start, int number) {
		return switch (this) {
			case MONTH -> start.plusMonths(number);
			case YEAR -> start.plusYears(number);
			case DAY -> start.plusDays(number);
		};
	}

}

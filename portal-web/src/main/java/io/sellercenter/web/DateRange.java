package io.sellercenter.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The from/to days of a list's filter, as every list with a date range takes them: whole
 * UTC days, {@code to} included, either may be open. A range whose start is after its end
 * finds nothing; the list says so next to the fields ({@code fragments/filters ::
 * dateRange}) instead of showing an empty list without a reason.
 */
public record DateRange(LocalDate from, LocalDate to) {

	/** Whether the start day is after the end day. */
	public boolean reversed() {
		return this.from != null && this.to != null && this.from.isAfter(this.to);
	}

	/** The first moment of the range (UTC), or null when open. */
	public LocalDateTime start() {
		return (this.from != null) ? this.from.atStartOfDay() : null;
	}

	/** The first moment after the range (UTC, exclusive), or null when open. */
	public LocalDateTime end() {
		return (this.to != null) ? this.to.plusDays(1).atStartOfDay() : null;
	}

}

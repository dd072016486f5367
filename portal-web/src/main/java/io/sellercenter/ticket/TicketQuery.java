package io.sellercenter.ticket;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import io.sellercenter.web.DateRange;
import io.sellercenter.web.QueryStrings;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The ticket list's view and filters as they stand in the URL. A value that does not
 * parse is no filter; no view is "pending on me", the list a handler opens every day.
 */
record TicketQuery(TicketView view, TicketStatus status, Long product, String customer,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean overdue) {

	TicketView shownView() {
		return (this.view != null) ? this.view : TicketView.PENDING;
	}

	TicketFilter toFilter(LocalDateTime now) {
		return new TicketFilter(shownView(), this.status, this.product, this.customer, range().start(), range().end(),
				Boolean.TRUE.equals(this.overdue), now);
	}

	public DateRange range() {
		return new DateRange(this.from, this.to);
	}

	/** The filters that are set, without the view, for the tabs' links. */
	Map<String, String> filters() {
		return QueryStrings.filters("status", this.status, "product", this.product, "customer", this.customer, "from",
				this.from, "to", this.to, "overdue", Boolean.TRUE.equals(this.overdue) ? "true" : null);
	}

	/** The link of a view with the same filters. */
	String viewLink(TicketView other) {
		String filters = QueryStrings.of(filters());
		return "/tickets?view=" + other.name() + (filters.isEmpty() ? "" : "&" + filters);
	}

	/** The page's own filters, for the pager. */
	Map<String, String> params() {
		Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("view", shownView().name());
		params.putAll(filters());
		return params;
	}

}

package io.sellercenter.ticket;

import java.time.LocalDateTime;

import io.sellercenter.shared.LikePatterns;

/**
 * The ticket list's view and filters. {@code from}/{@code to} bound the creation time
 * ({@code to} excluded); {@code customer} is the start of the customer's name, account
 * name, or their id; {@code now} decides what is overdue.
 */
public record TicketFilter(TicketView view, TicketStatus status, Long productId, String customer, LocalDateTime from,
		LocalDateTime to, boolean overdueOnly, LocalDateTime now) {

	public Integer statusCode() {
		return (this.status != null) ? this.status.code() : null;
	}

	public String customerPrefix() {
		return (this.customer == null || this.customer.isBlank()) ? null : LikePatterns.prefix(this.customer.strip());
	}

	public String customerExact() {
		return (this.customer == null || this.customer.isBlank()) ? null : this.customer.strip();
	}

}

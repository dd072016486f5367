package io.sellercenter.order;

import java.time.LocalDateTime;

import io.sellercenter.shared.LikePatterns;

/**
 * The order list's filters. Customer name and account name match from their start (so an
 * index serves them), product name anywhere in either name; times are a half-open range
 * {@code [from, to)} in UTC. Blank texts mean no filter.
 */
public record OrderFilter(String orderId, String customerName, String customerAccountName, String productName,
		LocalDateTime from, LocalDateTime to, OrderStatus status, OrderType type, OrderChargingMode chargingMode,
		boolean oldestFirst) {

	public OrderFilter {
		orderId = clean(orderId, 64);
		customerName = clean(customerName, 200);
		customerAccountName = clean(customerAccountName, 100);
		productName = clean(productName, 100);
	}

	public static OrderFilter none() {
		return new OrderFilter(null, null, null, null, null, null, null, null, null, false);
	}

	/** Whether a line must match (a product name or a charging mode). */
	public boolean filtersLines() {
		return this.productName != null || this.chargingMode != null;
	}

	public String customerNamePrefix() {
		return (this.customerName != null) ? LikePatterns.prefix(this.customerName) : null;
	}

	public String customerAccountNamePrefix() {
		return (this.customerAccountName != null) ? LikePatterns.prefix(this.customerAccountName) : null;
	}

	public String productNamePattern() {
		return (this.productName != null) ? LikePatterns.contains(this.productName) : null;
	}

	private static String clean(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip();
		return (trimmed.length() > max) ? trimmed.substring(0, max) : trimmed;
	}

}

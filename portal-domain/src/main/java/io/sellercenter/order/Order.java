package io.sellercenter.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An order as lists and details show it: with the lines the viewer may see (a sub-user's
 * granted products only).
 */
public record Order(String orderId, OrderType type, OrderStatus status, LocalDateTime createdAt, LocalDateTime paidAt,
		String currency, BigDecimal amount, String customerId, String customerName, String customerAccountName,
		List<OrderLine> lines) {

	public Order {
		lines = List.copyOf(lines);
	}

}

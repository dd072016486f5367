package io.sellercenter.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** One order as the CSV export writes it: one row, its lines' values side by side. */
public record ExportedOrder(String orderId, OrderType type, OrderStatus status, LocalDateTime createdAt,
		LocalDateTime paidAt, String currency, BigDecimal amount, String customerName, String customerAccountName,
		List<Line> lines) {

	/** A visible line of the order and the ids of its instances. */
	public record Line(String productNameZh, String productNameEn, String specNameZh, String specNameEn,
			OrderChargingMode chargingMode, BigDecimal amount, List<String> instanceIds) {

	}

}

package io.sellercenter.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An order as the platform pushes it, already checked for form (present, well-formed,
 * within length); {@link OrderIntake} checks it against the merchant's products.
 * {@code merchant} is the merchant's account ({@code domain_id}).
 */
public record NewOrder(String orderId, String merchant, OrderType type, OrderStatus status, LocalDateTime createdAt,
		LocalDateTime paidAt, String currency, BigDecimal amount, Customer customer, List<Line> lines) {

	public NewOrder {
		lines = List.copyOf(lines);
	}

	/** The customer as the platform knows them. */
	public record Customer(String id, String name, String accountName) {

	}

	/** One spec of one product, and the instances the platform made for it. */
	public record Line(String orderLineId, long productId, long specId, OrderChargingMode chargingMode,
			PeriodType periodType, Integer periodNumber, LocalDateTime expireAt, BigDecimal amount,
			List<String> instanceIds) {

		public Line {
			instanceIds = List.copyOf(instanceIds);
		}

	}

}

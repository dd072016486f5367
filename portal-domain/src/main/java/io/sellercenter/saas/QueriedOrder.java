package io.sellercenter.saas;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderType;
import io.sellercenter.order.PeriodType;

/**
 * An order as the order-query API tells a merchant's server about it, the same for a real
 * order and a mock one. Times are UTC; {@code skuCode} names the spec.
 */
public record QueriedOrder(String orderId, OrderType orderType, LocalDateTime createTime, String customerId,
		String customerName, String userName, List<Line> lines) {

	public QueriedOrder {
		lines = List.copyOf(lines);
	}

	/** One line of the order, with its product. */
	public record Line(String orderLineId, OrderChargingMode chargingMode, PeriodType periodType, Integer periodNumber,
			LocalDateTime expireTime, String productId, String skuCode, String productName, BigDecimal amount) {

	}

}

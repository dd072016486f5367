package io.sellercenter.saas;

import java.time.LocalDateTime;

import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.PeriodType;

/** What a create call tells the merchant of an order line and its buyer. */
record LineFacts(String customerId, String customerName, long productId, long specId, OrderChargingMode chargingMode,
		PeriodType periodType, Integer periodNumber, LocalDateTime expireAt) {

}

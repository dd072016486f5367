package io.sellercenter.saas;

import java.time.LocalDateTime;

import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.PeriodType;

/** A line of a SaaS product, with what a create call tells the merchant about it. */
record SaasLine(long lineRef, String orderLineId, long productId, long specId, OrderChargingMode chargingMode,
		PeriodType periodType, Integer periodNumber, LocalDateTime expireAt, int instances) {

}

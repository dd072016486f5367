package io.sellercenter.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A line of an order, with the names of its product and spec as they are listed now. */
public record OrderLine(String orderLineId, long productId, String productNameZh, String productNameEn, long specId,
		String specNameZh, String specNameEn, OrderChargingMode chargingMode, PeriodType periodType,
		Integer periodNumber, LocalDateTime expireAt, BigDecimal amount) {

}

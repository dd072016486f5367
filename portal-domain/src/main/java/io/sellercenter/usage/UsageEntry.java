package io.sellercenter.usage;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A record of the ledger (话单管理), with its verdict once it has one. */
public record UsageEntry(long id, long requestId, String instanceId, Long productId, String productNameZh,
		String productNameEn, String recordTime, String beginTime, String endTime, String usageValue, String meteringSn,
		String relatePkgInstance, String state, String code, LocalDateTime receivedAt, LocalDateTime verdictAt,
		BigDecimal value, LocalDateTime cutoffAt, LocalDateTime billedAt, Long previousId) {

}

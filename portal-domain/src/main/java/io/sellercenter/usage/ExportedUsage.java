package io.sellercenter.usage;

import java.time.LocalDateTime;

/**
 * A record of the ledger as the CSV export writes it: the ledger's columns, the product
 * in both languages.
 */
public record ExportedUsage(long id, String meteringSn, String instanceId, String productNameZh, String productNameEn,
		String state, String code, String recordTime, String beginTime, String endTime, String usageValue,
		String relatePkgInstance, LocalDateTime receivedAt, LocalDateTime verdictAt, LocalDateTime cutoffAt,
		LocalDateTime billedAt, Long previousId) {

}

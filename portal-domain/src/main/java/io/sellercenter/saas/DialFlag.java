package io.sellercenter.saas;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A product whose dial tests failed five days in a row, for operators. */
public record DialFlag(long productId, long merchantId, String merchantName, String productNameZh, String productNameEn,
		int failingDays, LocalDate judgedDay, LocalDateTime flaggedAt) {

}

package io.sellercenter.supervision;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A supervision task as the pages show it. {@code overdue}: its current step is past its
 * due time (judged when read).
 */
public record Task(String taskNo, String orderId, long productId, String productNameZh, String productNameEn,
		String specNameZh, String specNameEn, String chargingMode, String periodType, Integer periodNumber,
		BigDecimal amount, String currency, String customerName, String customerAccountName, String companyName,
		String contactName, String contactPhone, String contactEmail, Step step, boolean frozen, long handlerUserId,
		String handlerName, RoutedTo routedTo, LocalDateTime stepSince, LocalDateTime dueAt, boolean overdue,
		int rejections, int sentBack, int appeals, LocalDateTime serviceStartAt, LocalDateTime acceptedAt,
		LocalDateTime endedAt, EndReason endReason, LocalDateTime createdAt) {

	public String productName(boolean english) {
		return (english && this.productNameEn != null) ? this.productNameEn : this.productNameZh;
	}

	public String specName(boolean english) {
		return (english && this.specNameEn != null) ? this.specNameEn : this.specNameZh;
	}

}

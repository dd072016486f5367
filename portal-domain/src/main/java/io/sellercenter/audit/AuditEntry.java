package io.sellercenter.audit;

import java.time.LocalDateTime;

/**
 * One entry as stored. {@code merchantName} is the merchant's name today (null for
 * entries outside any merchant).
 */
public record AuditEntry(long id, Long merchantId, Long actorUserId, String actorName, String action, String targetType,
		String targetId, String beforeValue, String afterValue, String clientIp, LocalDateTime createdAt,
		String merchantName) {

	/** The kind of target, or null for none or one this version does not know. */
	public AuditTarget target() {
		return AuditTarget.parse(this.targetType);
	}

	public AuditDetails details() {
		return AuditDetails.read(this.beforeValue, this.afterValue);
	}

}

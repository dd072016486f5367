package io.sellercenter.audit;

import java.time.LocalDateTime;

public record AuditEntry(long id, Long merchantId, Long actorUserId, String actorName, String action, String targetType,
		String targetId, String beforeValue, String afterValue, String clientIp, LocalDateTime createdAt) {

}

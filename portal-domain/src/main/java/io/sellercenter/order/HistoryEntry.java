package io.sellercenter.order;

import java.time.LocalDateTime;

/**
 * One change of an order's status (no instance id) or of an instance's; {@code from} is
 * null when it was created.
 */
public record HistoryEntry(String instanceId, String fromStatus, String toStatus, String eventId,
		LocalDateTime changedAt) {

}

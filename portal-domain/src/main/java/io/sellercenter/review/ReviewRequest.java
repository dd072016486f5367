package io.sellercenter.review;

import java.time.LocalDateTime;
import java.util.Map;

import io.sellercenter.shared.MerchantId;

/** A submission and, once decided, its decision. Values are field name to text. */
public record ReviewRequest(long id, MerchantId merchant, String merchantName, ReviewKind kind, ReviewStatus status,
		Map<String, String> oldValues, Map<String, String> newValues, long submittedBy, LocalDateTime submittedAt,
		LocalDateTime dueAt, Long reviewedBy, LocalDateTime reviewedAt, String reason) {

	public boolean pending() {
		return this.status == ReviewStatus.PENDING;
	}

	public boolean overdue(LocalDateTime now) {
		return pending() && now.isAfter(this.dueAt);
	}

	/** Whether a field's value changes with this request. */
	public boolean changes(String field) {
		return !java.util.Objects.equals(this.oldValues.get(field), this.newValues.get(field));
	}

}

package io.sellercenter.review;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	/**
	 * The fields this request changes, in the order of its values (a first submission,
	 * with no values before, changes all it states).
	 */
	public List<String> changedFields() {
		Set<String> fields = new LinkedHashSet<>(this.newValues.keySet());
		fields.addAll(this.oldValues.keySet());
		return fields.stream().filter(this::changes).toList();
	}

}

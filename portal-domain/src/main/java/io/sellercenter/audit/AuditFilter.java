package io.sellercenter.audit;

import java.time.LocalDateTime;

/**
 * What the audit log page filters by; nulls mean any. Times are UTC, {@code to}
 * exclusive.
 */
public record AuditFilter(String user, String action, LocalDateTime from, LocalDateTime to) {

	public AuditFilter {
		user = blankToNull(user);
		action = blankToNull(action);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}

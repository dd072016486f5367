package io.sellercenter.audit;

import java.time.LocalDateTime;

import io.sellercenter.shared.LikePatterns;

/**
 * What the audit log page filters by; nulls mean any. Times are UTC, {@code to}
 * exclusive. {@code merchant} (operators only) is a merchant's account, or the start of
 * its name.
 */
public record AuditFilter(String user, String action, LocalDateTime from, LocalDateTime to, String merchant) {

	public AuditFilter {
		user = blankToNull(user);
		action = blankToNull(action);
		merchant = blankToNull(merchant);
	}

	public AuditFilter(String user, String action, LocalDateTime from, LocalDateTime to) {
		this(user, action, from, to, null);
	}

	/** The merchant's name as a LIKE pattern that finds it literally. */
	public String merchantNamePrefix() {
		return (this.merchant != null) ? LikePatterns.prefix(this.merchant) : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}

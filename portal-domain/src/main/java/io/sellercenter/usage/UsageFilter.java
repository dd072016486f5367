package io.sellercenter.usage;

import java.time.LocalDateTime;

/**
 * What the ledger filters by; nulls mean any. Times are UTC, {@code to} exclusive, and
 * apply to when a record was received.
 */
public record UsageFilter(String state, String code, String instanceId, Long productId, String meteringSn,
		LocalDateTime from, LocalDateTime to) {

	public UsageFilter {
		state = blankToNull(state);
		code = blankToNull(code);
		instanceId = blankToNull(instanceId);
		meteringSn = blankToNull(meteringSn);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}

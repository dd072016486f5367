package io.sellercenter.saas;

import java.time.LocalDateTime;

import io.sellercenter.shared.LikePatterns;

/**
 * The interface messages' filter: the activity (wire name), whether the work is still
 * being retried, failed for good or done since, the order id (a prefix), and the time
 * range of the failed call (UTC, {@code to} exclusive). Nulls leave a part out.
 */
public record MessageFilter(String activity, ProvisionState state, String orderId, LocalDateTime from,
		LocalDateTime to) {

	public MessageFilter {
		if (activity != null) {
			activity = Activity.ofWireNameOrNull(activity);
		}
		if (orderId != null) {
			orderId = orderId.strip();
			orderId = (orderId.isEmpty() || orderId.length() > 64) ? null : orderId;
		}
	}

	/** The order id as a prefix pattern, or null. */
	public String orderIdPattern() {
		return (this.orderId == null) ? null : LikePatterns.prefix(this.orderId);
	}

	public static MessageFilter none() {
		return new MessageFilter(null, null, null, null, null);
	}

}

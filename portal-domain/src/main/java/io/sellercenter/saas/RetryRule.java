package io.sellercenter.saas;

import java.time.Duration;

/**
 * How long the portal keeps calling for one piece of production work, and how often. The
 * marketplace's rules: a create or an upgrade is tried hourly for 3 hours, after which
 * the line fails (and is refunded); a renewal likewise; expiry, freeze and release for 1
 * hour, every 15 minutes. A "processing" answer (000004) is polled every minute within
 * the same window.
 */
record RetryRule(Duration window, Duration every) {

	static final Duration POLL = Duration.ofMinutes(1);

	/** A claimed item not finished within this (its instance died) is due again. */
	static final Duration LEASE = Duration.ofMinutes(2);

	static RetryRule of(Activity activity) {
		return switch (activity) {
			case NEW_INSTANCE, UPGRADE_INSTANCE, REFRESH_INSTANCE ->
				new RetryRule(Duration.ofHours(3), Duration.ofHours(1));
			default -> new RetryRule(Duration.ofHours(1), Duration.ofMinutes(15));
		};
	}

}

package io.sellercenter.notification;

import java.time.Duration;

/**
 * When a failed delivery is tried again: after {@code initialDelay}, doubling each time
 * up to {@code maxDelay}; after {@code maxAttempts} attempts it is given up as FAILED.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

	public RetryPolicy {
		if (maxAttempts < 1 || initialDelay.isNegative() || initialDelay.isZero()
				|| maxDelay.compareTo(initialDelay) < 0) {
			throw new IllegalArgumentException("retry policy needs attempts >= 1 and 0 < initial delay <= max delay");
		}
	}

	public boolean exhausted(int attempts) {
		return attempts >= this.maxAttempts;
	}

	/** The wait after the given number of failed attempts (1 for the first). */
	public Duration delayAfter(int attempts) {
		Duration delay = this.initialDelay;
		for (int i = 1; i < attempts && delay.compareTo(this.maxDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
	}

}

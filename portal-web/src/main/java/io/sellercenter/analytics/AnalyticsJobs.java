package io.sellercenter.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rolls the waiting deltas up every few seconds, on every instance at once (workers take
 * disjoint deltas), until none is left: a figure is in the charts seconds after its
 * change committed.
 */
@Component
@ConditionalOnProperty(name = "portal.analytics.jobs-enabled", havingValue = "true", matchIfMissing = true)
class AnalyticsJobs {

	private static final Logger log = LoggerFactory.getLogger(AnalyticsJobs.class);

	private static final int BATCH = 2_000;

	private final AnalyticsRollup rollup;

	AnalyticsJobs(AnalyticsRollup rollup) {
		this.rollup = rollup;
	}

	@Scheduled(fixedDelayString = "${portal.analytics.rollup-interval:5s}",
			initialDelayString = "${portal.analytics.rollup-interval:5s}")
	void rollUp() {
		try {
			while (this.rollup.apply(BATCH) == BATCH) {
				// more waiting
			}
		}
		catch (RuntimeException ex) {
			// Nothing half done: the deltas of a failed batch wait for the next tick.
			log.warn("Analytics roll-up failed; retried at the next tick", ex);
		}
	}

}

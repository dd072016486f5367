package io.sellercenter.supervision;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Supervision's background work, on every instance at once (each notice is claimed by a
 * conditional update, so it goes out once): overdue steps are told of, tasks open past
 * 180 days remind weekly, and tasks whose handler lost the product go back.
 */
@Component
@ConditionalOnProperty(name = "portal.supervision.jobs-enabled", havingValue = "true", matchIfMissing = true)
class SupervisionJobs {

	private static final Logger log = LoggerFactory.getLogger(SupervisionJobs.class);

	private static final int BATCH = 200;

	private final SupervisionDeadlines deadlines;

	private final SupervisionRouting routing;

	SupervisionJobs(SupervisionDeadlines deadlines, SupervisionRouting routing) {
		this.deadlines = deadlines;
		this.routing = routing;
	}

	@Scheduled(fixedDelayString = "${portal.supervision.sweep-interval:60s}",
			initialDelayString = "${portal.supervision.sweep-interval:60s}")
	void sweep() {
		try {
			while (this.deadlines.notifyOverdue(BATCH) == BATCH) {
				// another batch
			}
			while (this.deadlines.remind(BATCH) == BATCH) {
				// another batch
			}
			this.routing.handBackStranded(BATCH);
		}
		catch (RuntimeException ex) {
			// The next tick tries again; nothing was half done (one transaction each).
			log.warn("Supervision sweep failed; retried at the next tick", ex);
		}
	}

}

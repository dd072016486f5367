package io.sellercenter.saas;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The dial tests, on every instance at once: each minute yesterday is judged (once,
 * whoever comes first) and the cases whose slot (02:00 and 14:00 UTC) has come are
 * claimed and run, each by exactly one instance.
 */
@Component
@ConditionalOnProperty(name = "portal.saas.jobs-enabled", havingValue = "true", matchIfMissing = true)
class SaasJobs {

	private static final Logger log = LoggerFactory.getLogger(SaasJobs.class);

	private static final int BATCH = 50;

	private final DialTests dials;

	SaasJobs(DialTests dials) {
		this.dials = dials;
	}

	@Scheduled(fixedDelayString = "${portal.saas.dial-interval:60s}",
			initialDelayString = "${portal.saas.dial-interval:60s}")
	void dial() {
		try {
			this.dials.judgeYesterday();
			while (this.dials.runDue(BATCH) == BATCH) {
				// more due
			}
		}
		catch (RuntimeException ex) {
			// Unclaimed cases stay due and run at the next tick; a claimed one waits for
			// its next slot.
			log.warn("Dial tests failed; retried at the next tick", ex);
		}
	}

}

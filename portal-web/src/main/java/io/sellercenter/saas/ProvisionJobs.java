package io.sellercenter.saas;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Calls merchants for due production work, on every instance at once (each item is
 * claimed by one of them). A batch holds no transaction while calling, and one slow
 * merchant holds up at most its own items for the 5 seconds a production call may take.
 */
@Component
@ConditionalOnProperty(name = "portal.saas.jobs-enabled", havingValue = "true", matchIfMissing = true)
class ProvisionJobs {

	private static final Logger log = LoggerFactory.getLogger(ProvisionJobs.class);

	private static final int BATCH = 20;

	private final ProvisionRunner runner;

	ProvisionJobs(ProvisionRunner runner) {
		this.runner = runner;
	}

	@Scheduled(fixedDelayString = "${portal.saas.provision-interval:5s}",
			initialDelayString = "${portal.saas.provision-interval:5s}")
	void provision() {
		try {
			while (this.runner.runDue(BATCH) == BATCH) {
				// another batch
			}
		}
		catch (RuntimeException ex) {
			log.warn("Production calls failed; retried at the next tick", ex);
		}
	}

}

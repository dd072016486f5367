package io.sellercenter.saas;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The application tools' background work, on every instance at once, each item done by
 * exactly one of them:
 * <ul>
 * <li>production calls: due work (a paid line to create, an instance frozen, renewed,
 * released…) is claimed and the merchant called, holding no transaction meanwhile;</li>
 * <li>dial tests: each minute yesterday is judged (once, whoever comes first) and the
 * cases whose slot (02:00 and 14:00 UTC) has come are claimed and run.</li>
 * </ul>
 */
@Component
@ConditionalOnProperty(name = "portal.saas.jobs-enabled", havingValue = "true", matchIfMissing = true)
class SaasJobs {

	private static final Logger log = LoggerFactory.getLogger(SaasJobs.class);

	private static final int DIAL_BATCH = 50;

	/**
	 * One slow merchant holds up at most its own items for the 5 s a production call may
	 * take.
	 */
	private static final int PROVISION_BATCH = 20;

	private final DialTests dials;

	private final ProvisionRunner provisioning;

	SaasJobs(DialTests dials, ProvisionRunner provisioning) {
		this.dials = dials;
		this.provisioning = provisioning;
	}

	@Scheduled(fixedDelayString = "${portal.saas.provision-interval:5s}",
			initialDelayString = "${portal.saas.provision-interval:5s}")
	void provision() {
		try {
			while (this.provisioning.runDue(PROVISION_BATCH) == PROVISION_BATCH) {
				// another batch
			}
		}
		catch (RuntimeException ex) {
			// Claimed items are due again when their lease runs out.
			log.warn("Production calls failed; retried at the next tick", ex);
		}
	}

	@Scheduled(fixedDelayString = "${portal.saas.dial-interval:60s}",
			initialDelayString = "${portal.saas.dial-interval:60s}")
	void dial() {
		try {
			this.dials.judgeYesterday();
			while (this.dials.runDue(DIAL_BATCH) == DIAL_BATCH) {
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

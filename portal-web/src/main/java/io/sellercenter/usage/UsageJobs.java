package io.sellercenter.usage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The background work of usage records, on every instance at once (claims are SKIP
 * LOCKED): validation of received records, and collection of accepted ones into billing
 * at their cut-off.
 */
@Component
@ConditionalOnProperty(name = "portal.usage.jobs-enabled", havingValue = "true", matchIfMissing = true)
class UsageJobs {

	private static final Logger log = LoggerFactory.getLogger(UsageJobs.class);

	private static final int BATCH = 1000;

	private final UsageValidator validator;

	UsageJobs(UsageValidator validator) {
		this.validator = validator;
	}

	/** Drains what is waiting, batch after batch, then rests until the next tick. */
	@Scheduled(fixedDelayString = "${portal.usage.validate-interval:1s}")
	void validate() {
		try {
			while (this.validator.validateBatch(BATCH) == BATCH) {
				// a full batch: more may be waiting
			}
		}
		catch (DuplicateKeyException ex) {
			// Another instance accepted one of these metering_sns first; the batch is
			// judged again next tick.
			log.debug("Usage batch rolled back for a concurrent acceptance: {}", ex.getMessage());
		}
		catch (ConcurrencyFailureException ex) {
			// A lock wait or deadlock with another instance's batch: nothing was
			// written, the records are judged again next tick.
			log.info("Usage batch rolled back for a concurrent one: {}", ex.getMessage());
		}
	}

	@Scheduled(fixedDelayString = "${portal.usage.collect-interval:30s}")
	void collect() {
		try {
			while (this.validator.collect(BATCH) == BATCH) {
				// keep going while there is a backlog
			}
		}
		catch (ConcurrencyFailureException ex) {
			log.info("Usage collection rolled back for a concurrent one: {}", ex.getMessage());
		}
	}

}

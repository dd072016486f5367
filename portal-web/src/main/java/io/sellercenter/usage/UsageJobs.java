package io.sellercenter.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * The background work of usage records, on every instance at once (claims are SKIP
 * LOCKED): validation of received records, and collection of accepted ones into billing
 * at their cut-off.
 * <p>
 * Validation runs on {@code portal.usage.validator-threads} threads at once, as several
 * instances would: a batch is mostly database work (claim, look-ups, one update), so a
 * second thread keeps the database busy while the first judges its batch.
 */
@Component
@ConditionalOnProperty(name = "portal.usage.jobs-enabled", havingValue = "true", matchIfMissing = true)
class UsageJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(UsageJobs.class);

	/** A batch rolled back this many times in a row waits for the next tick. */
	private static final int RETRIES = 3;

	private final UsageValidator validator;

	private final int threads;

	/** Records a validator claims and judges in one transaction. */
	private final int batch;

	private final ExecutorService helpers;

	UsageJobs(UsageValidator validator, @Value("${portal.usage.validator-threads:2}") int threads,
			@Value("${portal.usage.validator-batch:2000}") int batch) {
		this.validator = validator;
		this.threads = Math.max(1, threads);
		this.batch = Math.max(1, batch);
		this.helpers = Executors.newFixedThreadPool(Math.max(1, this.threads - 1),
				new CustomizableThreadFactory("usage-validator-"));
	}

	/**
	 * Drains what is waiting, on this thread and the helpers, then rests until the next
	 * tick.
	 */
	@Scheduled(fixedDelayString = "${portal.usage.validate-interval:1s}")
	void validate() throws InterruptedException {
		// One short read when nothing waits, instead of a transaction on every thread
		// (five statements each) every second.
		if (!this.validator.anyWaiting()) {
			return;
		}
		List<Future<?>> others = new ArrayList<>();
		for (int i = 1; i < this.threads; i++) {
			others.add(this.helpers.submit(this::drain));
		}
		drain();
		for (Future<?> other : others) {
			try {
				other.get();
			}
			catch (ExecutionException ex) {
				log.error("Usage validation failed", ex.getCause());
			}
		}
	}

	private void drain() {
		int failures = 0;
		while (failures < RETRIES) {
			try {
				if (this.validator.validateBatch(this.batch) < this.batch) {
					return;
				}
				failures = 0;
			}
			catch (DuplicateKeyException | ConcurrencyFailureException ex) {
				// Another validator (thread or instance) accepted one of these
				// metering_sns or time windows first, or met this one in a deadlock: the
				// batch was rolled back whole, and is judged again.
				failures++;
				log.debug("Usage batch rolled back for a concurrent validator: {}", ex.getMessage());
			}
		}
	}

	@Scheduled(fixedDelayString = "${portal.usage.collect-interval:30s}")
	void collect() {
		try {
			while (this.validator.collect(this.batch) == this.batch) {
				// keep going while there is a backlog
			}
		}
		catch (ConcurrencyFailureException ex) {
			log.info("Usage collection rolled back for a concurrent one: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.helpers.shutdownNow();
	}

}

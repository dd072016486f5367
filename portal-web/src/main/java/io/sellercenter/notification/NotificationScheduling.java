package io.sellercenter.notification;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Looks at the outbox every {@code portal.notifications.poll-interval} on every instance;
 * the claims in the outbox keep instances from sending the same message.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "portal.notifications.sender-enabled", matchIfMissing = true)
class NotificationScheduling implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(NotificationScheduling.class);

	/** Enough batches per look to drain a burst, few enough to yield the thread. */
	private static final int MAX_BATCHES_PER_LOOK = 10;

	/** Rows per purge statement: short transactions, small undo. */
	private static final int PURGE_BATCH = 1000;

	/**
	 * At most this many batches an hour: a first purge of a large backlog is spread out.
	 */
	private static final int MAX_PURGE_BATCHES = 100;

	private final Outbox outbox;

	private final OutboxSender sender;

	private final NotificationProperties properties;

	NotificationScheduling(OutboxSender sender, Outbox outbox, NotificationProperties properties) {
		this.sender = sender;
		this.outbox = outbox;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::sendDue, this.properties.pollInterval());
		registrar.addFixedDelayTask(this::purge, Duration.ofHours(1));
	}

	/** Finished messages past their keeping time; every instance may run it. */
	void purge() {
		try {
			int batches = 0;
			while (batches++ < MAX_PURGE_BATCHES
					&& this.outbox.purge(this.properties.keep(), PURGE_BATCH) == PURGE_BATCH) {
				// more may be left
			}
		}
		catch (RuntimeException ex) {
			log.warn("Notification outbox not purged: {}", ex.toString());
		}
	}

	void sendDue() {
		try {
			for (int batch = 0; batch < MAX_BATCHES_PER_LOOK; batch++) {
				if (this.sender.sendDue() < this.properties.batchSize()) {
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			// The database away: the next look tries again; a stack trace every two
			// seconds would bury the log.
			log.warn("Notification outbox not processed: {}", ex.toString());
		}
	}

}

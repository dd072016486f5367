package io.sellercenter.notification;

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

	private final OutboxSender sender;

	private final NotificationProperties properties;

	NotificationScheduling(OutboxSender sender, NotificationProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::sendDue, this.properties.pollInterval());
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

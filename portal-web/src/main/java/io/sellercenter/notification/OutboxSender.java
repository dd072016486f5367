package io.sellercenter.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Claims due messages from the outbox, sends each on its channel, and records the
 * outcome: SENT, a retry after back-off, FAILED when the attempts are used up, or SKIPPED
 * when this instance has no server for the channel. Safe to run on any number of
 * instances and threads at once.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final Outbox outbox;

	private final NotificationTexts texts;

	private final Map<Channel, ChannelSender> channels = new EnumMap<>(Channel.class);

	private final NotificationProperties properties;

	private final RetryPolicy retry;

	OutboxSender(Outbox outbox, NotificationTexts texts, List<ChannelSender> channels,
			NotificationProperties properties) {
		this.outbox = outbox;
		this.texts = texts;
		channels.forEach((channel) -> this.channels.put(channel.channel(), channel));
		this.properties = properties;
		this.retry = properties.retry().policy();
	}

	/** Sends one batch of due messages; returns how many were claimed. */
	public int sendDue() {
		List<OutboxMessage> claimed = this.outbox.claimDue(this.properties.batchSize(), this.properties.lease());
		claimed.forEach(this::deliver);
		return claimed.size();
	}

	private void deliver(OutboxMessage message) {
		ChannelSender channel = this.channels.get(message.channel());
		if (channel == null || !channel.configured()) {
			String reason = (channel != null) ? channel.notConfiguredReason() : "no sender for " + message.channel();
			log.warn("Notification {} ({} {}) skipped: {}", message.id(), message.channel(), message.event(), reason);
			this.outbox.markSkipped(message, reason);
			return;
		}
		try {
			channel.send(message.address(), this.texts.delivery(message, this.properties.portalUrl()));
			this.outbox.markSent(message);
		}
		catch (Exception ex) {
			String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			boolean givenUp = this.outbox.markFailed(message, error, this.retry);
			log.warn("Notification {} ({} {}) attempt {} failed{}: {}", message.id(), message.channel(),
					message.event(), message.attempts(), givenUp ? ", given up" : ", will retry", error);
		}
	}

}

package io.sellercenter.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.notifications.*}: how this instance delivers the outbox.
 *
 * @param senderEnabled whether this instance runs the scheduled sender (tests drive the
 * sender themselves)
 * @param pollInterval the pause between two looks at the outbox
 * @param batchSize how many messages one look claims
 * @param lease how long a claimed message stays with its sender; longer than a batch can
 * take to send, so no other instance sends it meanwhile
 * @param mailFrom the From of notification e-mail (the SMTP server is
 * {@code spring.mail.*}; without {@code spring.mail.host} e-mail is skipped)
 * @param smsGatewayUrl where SMS are posted as {@code {"to": ..., "text": ...}}; without
 * it SMS are skipped
 * @param smsTimeout connect and read timeout of the gateway
 * @param portalUrl the portal's public address, for links in e-mail; none without it
 * @param retry when failed deliveries are tried again
 * @param keep how long finished messages (sent, given up, skipped) stay in the outbox
 * before the hourly purge deletes them
 */
@ConfigurationProperties("portal.notifications")
record NotificationProperties(@DefaultValue("true") boolean senderEnabled, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("10m") Duration lease,
		@DefaultValue("seller-center@localhost") String mailFrom, String smsGatewayUrl,
		@DefaultValue("5s") Duration smsTimeout, String portalUrl, @DefaultValue Retry retry,
		@DefaultValue("30d") Duration keep) {

	/**
	 * @param maxAttempts attempts before a message is FAILED for good
	 * @param initialDelay the wait after the first failure, doubled after each next one
	 * @param maxDelay the longest wait
	 */
	record Retry(@DefaultValue("8") int maxAttempts, @DefaultValue("1m") Duration initialDelay,
			@DefaultValue("1h") Duration maxDelay) {

		RetryPolicy policy() {
			return new RetryPolicy(this.maxAttempts, this.initialDelay, this.maxDelay);
		}

	}

}

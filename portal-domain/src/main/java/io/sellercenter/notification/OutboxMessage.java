package io.sellercenter.notification;

import java.util.Map;

/**
 * An e-mail or SMS a sender has claimed. {@code attempts} counts this attempt, and the
 * outcome is recorded only while it is still the latest attempt.
 */
public record OutboxMessage(long id, Long merchantId, NotificationEvent event, Channel channel, String address,
		NotificationLanguage language, Map<String, String> args, String link, int attempts) {

	/** As the mapper reads it, before this attempt is counted. */
	record Row(long id, Long merchantId, NotificationEvent event, Channel channel, String address, String language,
			String args, String link, int attempts) {

		OutboxMessage claimed() {
			return new OutboxMessage(this.id, this.merchantId, this.event, this.channel, this.address,
					NotificationLanguage.fromTag(this.language), Args.fromJson(this.args), this.link,
					this.attempts + 1);
		}

	}

}

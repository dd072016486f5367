package io.sellercenter.notification;

import java.time.LocalDateTime;
import java.util.Map;

/** One message in a user's inbox; its texts are rendered in the reader's language. */
public record InSiteMessage(long id, NotificationEvent event, Map<String, String> args, String link,
		LocalDateTime createdAt, LocalDateTime readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

	/** As the mapper reads it: the arguments still JSON. */
	record Row(long id, NotificationEvent event, String args, String link, LocalDateTime createdAt,
			LocalDateTime readAt) {

		InSiteMessage toMessage() {
			return new InSiteMessage(this.id, this.event, Args.fromJson(this.args), this.link, this.createdAt,
					this.readAt);
		}

	}

}

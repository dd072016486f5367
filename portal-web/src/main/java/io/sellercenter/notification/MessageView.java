package io.sellercenter.notification;

import java.time.LocalDateTime;

/** A message as the inbox shows it, its texts in the reader's language. */
record MessageView(long id, String title, String body, LocalDateTime createdAt, boolean unread) {

	static MessageView of(InSiteMessage message, NotificationTexts.Text text) {
		return new MessageView(message.id(), text.title(), text.body(), message.createdAt(), message.unread());
	}

}

package io.sellercenter.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.sellercenter.shared.MerchantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What features call when something happened that people must hear of. It writes, in the
 * caller's transaction, the in-site message and the outbox rows for e-mail and SMS, so a
 * notification exists exactly when its event does. Only the event and its named arguments
 * are stored; texts are rendered when read or sent.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final InSiteMessageMapper messages;

	private final Outbox outbox;

	private final NotificationSettingsService settings;

	private final Clock clock;

	Notifications(InSiteMessageMapper messages, Outbox outbox, NotificationSettingsService settings, Clock clock) {
		this.messages = messages;
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Joins the caller's transaction: writes the in-site message and outbox rows for the
	 * channels the merchant's settings enable for this event (default: all three). A
	 * channel without an address in {@code recipient} is left out, and so is the in-site
	 * message when the user is not one of this merchant's.
	 * @param args named arguments of the texts ({@code {reason}} and the like)
	 * @param link a portal path such as {@code /merchant/profile}, or null
	 */
	@Transactional
	public void notifyMerchant(MerchantId merchant, NotificationEvent event, Recipient recipient,
			Map<String, String> args, String link) {
		Objects.requireNonNull(merchant, "merchant");
		Objects.requireNonNull(event, "event");
		Objects.requireNonNull(recipient, "recipient");
		checkLink(link);
		String json = Args.toJson(args);
		Set<Channel> off = this.settings.offChannels(merchant, event);
		if (recipient.userId() != null && !off.contains(Channel.IN_SITE) && this.messages.insertForUser(merchant,
				recipient.userId(), event, json, link, LocalDateTime.now(this.clock)) == 0) {
			log.warn("No in-site message for {}: user {} is not of merchant {}", event, recipient.userId(), merchant);
		}
		boolean email = hasText(recipient.email()) && !off.contains(Channel.EMAIL);
		boolean sms = hasText(recipient.phone()) && !off.contains(Channel.SMS);
		if (!email && !sms) {
			return;
		}
		NotificationLanguage language = this.settings.language(merchant);
		if (email) {
			this.outbox.enqueue(merchant, event, Channel.EMAIL, recipient.email().trim(), language, json, link);
		}
		if (sms) {
			this.outbox.enqueue(merchant, event, Channel.SMS, recipient.phone().trim(), language, json, link);
		}
	}

	/**
	 * In-site message to every active operator (for instance a new item in the review
	 * queue). Joins the caller's transaction.
	 */
	@Transactional
	public void notifyOperators(NotificationEvent event, Map<String, String> args, String link) {
		Objects.requireNonNull(event, "event");
		checkLink(link);
		this.messages.insertForOperators(event, Args.toJson(args), link, LocalDateTime.now(this.clock));
	}

	/**
	 * Links are opened by redirect from the inbox: only a path of this portal, so a
	 * message can never send anyone elsewhere.
	 */
	static void checkLink(String link) {
		if (link == null) {
			return;
		}
		if (link.length() > 500 || !link.startsWith("/") || link.startsWith("//") || link.startsWith("/\\")
				|| link.chars().anyMatch((c) -> Character.isWhitespace(c) || Character.isISOControl(c))) {
			throw new IllegalArgumentException("a notification link must be a path of the portal: " + link);
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}

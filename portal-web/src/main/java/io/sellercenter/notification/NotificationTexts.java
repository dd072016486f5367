package io.sellercenter.notification;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders notifications from the message bundles: {@code notification.<EVENT>.title} and
 * {@code .body}, and the frames of e-mail and SMS around them.
 * <p>
 * These texts use named placeholders, {@code {reason}}, filled from the event's arguments
 * (a missing one becomes empty). They are not {@code MessageFormat} patterns: quotes and
 * braces other than placeholders stay as written. An argument whose value is a code
 * (upper case, such as {@code ONBOARDING}) is shown as
 * {@code notification.arg.<name>.<code>} when the bundle has that key, so codes read in
 * the reader's language. A name kept in both languages comes as two arguments,
 * {@code product} (Chinese) and {@code productEn}: {@code {product}} shows the reader's,
 * or the other where one is missing.
 */
@Component
class NotificationTexts {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}+");

	/** The suffix of an argument's English form. */
	private static final String ENGLISH = "En";

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** What a notification says, in one language. */
	record Text(String title, String body) {
	}

	/** An e-mail (subject and plain text) or an SMS (text only, subject null). */
	record Delivery(String subject, String text) {
	}

	Text render(NotificationEvent event, Map<String, String> args, Locale locale) {
		return new Text(format("notification." + event + ".title", args, locale),
				format("notification." + event + ".body", args, locale));
	}

	/**
	 * The e-mail or SMS for a claimed message, in the language the merchant chose. E-mail
	 * links to the portal when its public address is known.
	 */
	Delivery delivery(OutboxMessage message, String portalUrl) {
		Locale locale = message.language().locale();
		Text text = render(message.event(), message.args(), locale);
		Map<String, String> frame = Map.of("title", text.title(), "body", text.body());
		if (message.channel() == Channel.SMS) {
			return new Delivery(null, format("notification.sms.text", frame, locale));
		}
		StringBuilder mail = new StringBuilder(text.body()).append("\n\n");
		if (message.link() != null && portalUrl != null && !portalUrl.isBlank()) {
			String url = withoutTrailingSlashes(portalUrl) + message.link();
			mail.append(format("notification.mail.link", Map.of("url", url), locale)).append("\n\n");
		}
		mail.append("-- \n").append(format("notification.mail.footer", Map.of(), locale)).append('\n');
		return new Delivery(format("notification.mail.subject", frame, locale), mail.toString());
	}

	private static String withoutTrailingSlashes(String url) {
		int end = url.length();
		while (end > 0 && url.charAt(end - 1) == '/') {
			end--;
		}
		return url.substring(0, end);
	}

	String format(String key, Map<String, String> args, Locale locale) {
		// No arguments: MessageSource hands the text back as written, not through
		// MessageFormat.
		String pattern = this.messages.getMessage(key, null, key, locale);
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		StringBuilder text = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(text, Matcher.quoteReplacement(argument(matcher.group(1), args, locale)));
		}
		return matcher.appendTail(text).toString();
	}

	private String argument(String name, Map<String, String> args, Locale locale) {
		String value = inLanguage(args.get(name), args.get(name + ENGLISH), locale);
		if (value == null) {
			return "";
		}
		if (CODE.matcher(value).matches()) {
			return this.messages.getMessage("notification.arg." + name + "." + value, null, value, locale);
		}
		return value;
	}

	/** As the pages' {@code @names.of(zh, en)}: the reader's language first. */
	private static String inLanguage(String chinese, String english, Locale locale) {
		boolean readsChinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
		String first = readsChinese ? chinese : english;
		String other = readsChinese ? english : chinese;
		return (first != null && !first.isBlank()) ? first : other;
	}

}

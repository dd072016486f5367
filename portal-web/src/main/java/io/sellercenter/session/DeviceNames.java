package io.sellercenter.session;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A session's browser and device in the reader's words, from its user agent: "Chrome 131
 * on Windows", "微信 · Android". Templates ask {@code @devices.of(s.userAgent)}; the page
 * of one session also shows the user agent as sent.
 */
@Component("devices")
public class DeviceNames {

	private final MessageSource messages;

	DeviceNames(MessageSource messages) {
		this.messages = messages;
	}

	public String of(String userAgent) {
		return describe(UserAgents.read(userAgent), LocaleContextHolder.getLocale());
	}

	String describe(UserAgents.Device device, Locale locale) {
		if (device.browser() == null && device.system() == null) {
			return text("sessions.device.unknown", locale);
		}
		String browser = text("sessions.browser." + ((device.browser() != null) ? device.browser() : "unknown"),
				locale);
		if (device.version() != null) {
			browser = browser + " " + device.version();
		}
		if (device.system() == null) {
			return browser;
		}
		return this.messages.getMessage("sessions.device",
				new Object[] { browser, text("sessions.system." + device.system(), locale) }, locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}

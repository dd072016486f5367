package io.sellercenter.notification;

import java.util.Locale;

/**
 * The one language a merchant's e-mail and SMS are written in. One language, not both: an
 * SMS in two languages is twice as long (and costs twice the segments).
 */
public enum NotificationLanguage {

	ZH_CN("zh-CN"), EN("en");

	private final String tag;

	NotificationLanguage(String tag) {
		this.tag = tag;
	}

	public String tag() {
		return this.tag;
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.tag);
	}

	/** Chinese for anything unknown, as the portal's default. */
	public static NotificationLanguage fromTag(String tag) {
		for (NotificationLanguage language : values()) {
			if (language.tag.equalsIgnoreCase(tag)) {
				return language;
			}
		}
		return ZH_CN;
	}

}

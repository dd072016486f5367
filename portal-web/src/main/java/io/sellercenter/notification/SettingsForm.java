package io.sellercenter.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

/**
 * The settings page: the checked event/channel cells (as {@code EVENT:CHANNEL}) and the
 * language of e-mail and SMS. A cell not posted is off; a value that names no cell is
 * ignored. The language is text checked against the choices: as an enum, a value that is
 * none of them left no form to show the page with (a 500).
 */
record SettingsForm(List<String> on, @NotNull String language) {

	/**
	 * Whether the language is one of the choices (a new language needs no change here).
	 */
	boolean knownLanguage() {
		return Arrays.stream(NotificationLanguage.values()).anyMatch((l) -> l.name().equals(this.language));
	}

	static SettingsForm of(NotificationSettings settings) {
		List<String> on = new ArrayList<>();
		for (NotificationEvent event : NotificationEvent.merchantEvents()) {
			for (Channel channel : Channel.values()) {
				if (settings.enabled(event, channel)) {
					on.add(cell(event, channel));
				}
			}
		}
		return new SettingsForm(on, settings.language().name());
	}

	static String cell(NotificationEvent event, Channel channel) {
		return event.name() + ":" + channel.name();
	}

	/** Public: the template asks (SpEL calls public methods only). */
	public boolean isOn(NotificationEvent event, Channel channel) {
		return this.on != null && this.on.contains(cell(event, channel));
	}

	NotificationSettings toSettings() {
		Set<EventChannel> off = new HashSet<>();
		for (NotificationEvent event : NotificationEvent.merchantEvents()) {
			for (Channel channel : Channel.values()) {
				if (!isOn(event, channel)) {
					off.add(new EventChannel(event, channel));
				}
			}
		}
		return new NotificationSettings(off, NotificationLanguage.valueOf(this.language));
	}

}

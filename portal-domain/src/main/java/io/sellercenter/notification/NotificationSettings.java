package io.sellercenter.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A merchant's choices: the event/channel pairs turned off (everything else is on) and
 * the language of e-mail and SMS.
 */
public record NotificationSettings(Set<EventChannel> off, NotificationLanguage language) {

	public NotificationSettings {
		off = Set.copyOf(off);
	}

	/** Every channel of every event, in Chinese: what a merchant has before choosing. */
	public static NotificationSettings defaults() {
		return new NotificationSettings(Set.of(), NotificationLanguage.ZH_CN);
	}

	public boolean enabled(NotificationEvent event, Channel channel) {
		return !this.off.contains(new EventChannel(event, channel));
	}

	/**
	 * For the audit log: the language and the pairs turned off, as event/channel names in
	 * a stable order.
	 */
	Map<String, Object> describe() {
		Set<String> pairs = this.off.stream()
			.map((pair) -> pair.event() + "/" + pair.channel())
			.collect(Collectors.toCollection(TreeSet::new));
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("language", this.language);
		fields.put("off", List.copyOf(pairs));
		return fields;
	}

}

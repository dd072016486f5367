package io.sellercenter.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which events reach a merchant on which channel, and in which language. */
@Service
public class NotificationSettingsService {

	private final NotificationSettingsMapper mapper;

	private final AuditLog audit;

	private final Clock clock;

	NotificationSettingsService(NotificationSettingsMapper mapper, AuditLog audit, Clock clock) {
		this.mapper = mapper;
		this.audit = audit;
		this.clock = clock;
	}

	public NotificationSettings find(MerchantId merchant) {
		return new NotificationSettings(new HashSet<>(this.mapper.findOff(merchant)), language(merchant));
	}

	/**
	 * Replaces the merchant's choices and audits the change. Pairs of events that are not
	 * a merchant's (the operators' queue) are dropped rather than stored.
	 */
	@Transactional
	public void save(MerchantId merchant, NotificationSettings settings, Actor actor) {
		NotificationSettings before = find(merchant);
		Set<EventChannel> off = new HashSet<>(settings.off());
		off.removeIf((pair) -> !NotificationEvent.merchantEvents().contains(pair.event()));
		NotificationSettings after = new NotificationSettings(off, settings.language());
		this.mapper.deleteOff(merchant);
		if (!off.isEmpty()) {
			this.mapper.insertOff(merchant, off);
		}
		this.mapper.saveLanguage(merchant, after.language().tag(), LocalDateTime.now(this.clock));
		this.audit.record(actor, AuditAction.NOTIFICATION_SETTINGS_CHANGED, AuditTarget.NOTIFICATION_SETTINGS,
				merchant.toString(), before.describe(), after.describe());
	}

	Set<Channel> offChannels(MerchantId merchant, NotificationEvent event) {
		return Set.copyOf(this.mapper.findOffChannels(merchant, event));
	}

	NotificationLanguage language(MerchantId merchant) {
		return NotificationLanguage.fromTag(this.mapper.findLanguage(merchant));
	}

}

package io.sellercenter.notification;

import java.util.Map;
import java.util.Set;

import io.sellercenter.audit.AuditLog;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.MapperTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@MapperTest
@Import({ NotificationSettingsService.class, AuditLog.class })
class NotificationSettingsServiceTests {

	@Autowired
	NotificationSettingsService settings;

	@Autowired
	JdbcTemplate jdbc;

	MerchantId acme;

	MerchantId globex;

	Actor admin;

	@BeforeEach
	void tenants() {
		Tenants tenants = new Tenants(this.jdbc);
		this.acme = tenants.merchant("acme");
		this.globex = tenants.merchant("globex");
		this.admin = new Actor(tenants.user("acme-admin"), "acme-admin", this.acme, "127.0.0.1");
	}

	@Test
	void findWhenNothingChosenThenEverythingOnInChinese() {
		assertThat(this.settings.find(this.acme)).isEqualTo(NotificationSettings.defaults());
	}

	@Test
	void saveReplacesTheChoicesOfThisMerchantOnlyAndAuditsThem() {
		EventChannel smsOnApproval = new EventChannel(NotificationEvent.ONBOARDING_APPROVED, Channel.SMS);
		EventChannel mailOnRejection = new EventChannel(NotificationEvent.PROFILE_CHANGE_REJECTED, Channel.EMAIL);
		this.settings.save(this.globex, new NotificationSettings(Set.of(smsOnApproval), NotificationLanguage.ZH_CN),
				Actor.system("test", this.globex));

		this.settings.save(this.acme, new NotificationSettings(Set.of(smsOnApproval), NotificationLanguage.ZH_CN),
				this.admin);
		this.settings.save(this.acme, new NotificationSettings(Set.of(mailOnRejection), NotificationLanguage.EN),
				this.admin);

		assertThat(this.jdbc.queryForList(
				"SELECT CONCAT(event, '/', channel) FROM notification_opt_out WHERE merchant_id = ?", String.class,
				this.acme.value()))
			.containsExactly("PROFILE_CHANGE_REJECTED/EMAIL");
		assertThat(this.settings.find(this.acme).language()).isEqualTo(NotificationLanguage.EN);
		assertThat(this.settings.find(this.globex).off()).containsExactly(smsOnApproval);
		Map<String, Object> audit = this.jdbc.queryForMap("""
				SELECT actor_name, action, before_value, after_value FROM audit_log
				WHERE merchant_id = ? ORDER BY id DESC LIMIT 1
				""", this.acme.value());
		assertThat(audit).containsEntry("actor_name", "acme-admin")
			.containsEntry("action", "NOTIFICATION_SETTINGS_CHANGED")
			.containsEntry("before_value", "{\"language\":\"ZH_CN\",\"off\":[\"ONBOARDING_APPROVED/SMS\"]}")
			.containsEntry("after_value", "{\"language\":\"EN\",\"off\":[\"PROFILE_CHANGE_REJECTED/EMAIL\"]}");
	}

	@Test
	void saveDropsEventsThatAreNotTheMerchants() {
		this.settings.save(this.acme,
				new NotificationSettings(
						Set.of(new EventChannel(NotificationEvent.REVIEW_ITEM_SUBMITTED, Channel.IN_SITE)),
						NotificationLanguage.ZH_CN),
				this.admin);

		assertThat(this.settings.find(this.acme).off()).isEmpty();
	}

}

package io.sellercenter.notification;

import java.util.List;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@MapperTest
@Import({ Notifications.class, Outbox.class, NotificationSettingsService.class, AuditLog.class })
class NotificationsTests {

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationSettingsService settings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	Tenants tenants;

	MerchantId acme;

	long acmeAdmin;

	@BeforeEach
	void tenants() {
		this.tenants = new Tenants(this.jdbc);
		this.acme = this.tenants.merchant("acme");
		this.acmeAdmin = this.tenants.user("acme-admin");
	}

	@Test
	void notifyMerchantWhenDefaultsThenInSiteMessageAndEmailAndSmsRows() {
		this.notifications.notifyMerchant(this.acme, NotificationEvent.PROFILE_CHANGE_REJECTED,
				new Recipient(this.acmeAdmin, "contact@acme.test", "+86 138 0000 0001"),
				Map.of("merchant", "Acme Cloud", "reason", "licence unreadable"), "/merchant/profile");

		Map<String, Object> message = this.jdbc.queryForMap(
				"SELECT merchant_id, user_id, event, args, link, read_at FROM notification_message WHERE user_id = ?",
				this.acmeAdmin);
		assertThat(message).containsEntry("merchant_id", this.acme.value())
			.containsEntry("event", "PROFILE_CHANGE_REJECTED")
			.containsEntry("link", "/merchant/profile")
			.containsEntry("read_at", null);
		assertThat(Args.fromJson((String) message.get("args"))).containsEntry("reason", "licence unreadable")
			.containsEntry("merchant", "Acme Cloud");
		assertThat(this.jdbc.queryForList("""
				SELECT CONCAT(channel, ' ', address, ' ', language, ' ', status, ' ', attempts)
				FROM notification_outbox WHERE merchant_id = ? ORDER BY channel
				""", String.class, this.acme.value())).containsExactly("EMAIL contact@acme.test zh-CN PENDING 0",
				"SMS +86 138 0000 0001 zh-CN PENDING 0");
	}

	@Test
	void notifyMerchantWhenChannelTurnedOffThenNoRowForIt() {
		this.settings.save(this.acme,
				new NotificationSettings(
						Set.of(new EventChannel(NotificationEvent.ONBOARDING_REJECTED, Channel.SMS),
								new EventChannel(NotificationEvent.ONBOARDING_REJECTED, Channel.IN_SITE)),
						NotificationLanguage.EN),
				Actor.system("test", this.acme));
		Recipient recipient = new Recipient(this.acmeAdmin, "contact@acme.test", "+86 138 0000 0001");

		this.notifications.notifyMerchant(this.acme, NotificationEvent.ONBOARDING_REJECTED, recipient,
				Map.of("reason", "x"), null);

		assertThat(channelsWritten()).containsExactly("EMAIL en");
		assertThat(messagesOf(this.acmeAdmin)).isZero();

		this.notifications.notifyMerchant(this.acme, NotificationEvent.ONBOARDING_APPROVED, recipient, Map.of(), null);
		assertThat(channelsWritten()).containsExactly("EMAIL en", "EMAIL en", "SMS en");
		assertThat(messagesOf(this.acmeAdmin)).isOne();
	}

	@Test
	void notifyMerchantWhenAnotherMerchantTurnedChannelsOffThenThisOneStillGetsThem() {
		MerchantId globex = this.tenants.merchant("globex");
		this.settings.save(globex,
				new NotificationSettings(Set.of(new EventChannel(NotificationEvent.ONBOARDING_APPROVED, Channel.EMAIL)),
						NotificationLanguage.ZH_CN),
				Actor.system("test", globex));

		this.notifications.notifyMerchant(this.acme, NotificationEvent.ONBOARDING_APPROVED,
				new Recipient(null, "contact@acme.test", null), Map.of(), null);

		assertThat(channelsWritten()).containsExactly("EMAIL zh-CN");
	}

	@Test
	void notifyMerchantWhenUserOfAnotherMerchantThenNoInSiteMessage() {
		long globexAdmin = this.tenants.user("globex-admin");

		this.notifications.notifyMerchant(this.acme, NotificationEvent.ONBOARDING_APPROVED,
				new Recipient(globexAdmin, null, null), Map.of(), "/");

		assertThat(messagesOf(globexAdmin)).isZero();
	}

	@Test
	void notifyMerchantWhenNoContactOnFileThenOnlyInSite() {
		this.notifications.notifyMerchant(this.acme, NotificationEvent.COMPLIANCE_LETTER_APPROVED,
				new Recipient(this.acmeAdmin, " ", null), Map.of(), null);

		assertThat(messagesOf(this.acmeAdmin)).isOne();
		assertThat(channelsWritten()).isEmpty();
	}

	@Test
	void notifyMerchantWhenLinkLeavesThePortalThenRefused() {
		Recipient recipient = new Recipient(this.acmeAdmin, null, null);
		for (String link : List.of("https://evil.test/", "//evil.test/x", "/\\evil.test", "javascript:alert(1)",
				"/a b")) {
			assertThatIllegalArgumentException().isThrownBy(() -> this.notifications.notifyMerchant(this.acme,
					NotificationEvent.ONBOARDING_APPROVED, recipient, Map.of(), link));
		}
		assertThat(messagesOf(this.acmeAdmin)).isZero();
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void notifyMerchantWhenCallerRollsBackThenNothingIsWritten() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> {
			this.notifications.notifyMerchant(this.acme, NotificationEvent.ONBOARDING_APPROVED,
					new Recipient(this.acmeAdmin, "rollback@acme.test", "+86 100"), Map.of(), null);
			status.setRollbackOnly();
		});

		assertThat(messagesOf(this.acmeAdmin)).isZero();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM notification_outbox WHERE address IN ('rollback@acme.test', '+86 100')",
				Long.class))
			.isZero();
	}

	@Test
	void notifyOperatorsWritesToEveryActiveOperatorAndNoMerchant() {
		long rita = this.tenants.operator("op-rita", "ACTIVE");
		long olaf = this.tenants.operator("op-olaf", "ACTIVE");
		long gone = this.tenants.operator("op-gone", "DISABLED");

		this.notifications.notifyOperators(NotificationEvent.REVIEW_ITEM_SUBMITTED,
				Map.of("merchant", "Acme Cloud", "kind", "ONBOARDING"), "/operator/reviews/12");

		assertThat(this.jdbc.queryForList(
				"SELECT user_id FROM notification_message WHERE merchant_id IS NULL AND link = '/operator/reviews/12'",
				Long.class))
			.containsExactlyInAnyOrder(rita, olaf)
			.doesNotContain(gone);
		assertThat(messagesOf(this.acmeAdmin)).isZero();
	}

	private long messagesOf(long userId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM notification_message WHERE user_id = ?", Long.class,
				userId);
	}

	private List<String> channelsWritten() {
		return this.jdbc.queryForList(
				"SELECT CONCAT(channel, ' ', language) FROM notification_outbox WHERE merchant_id = ? ORDER BY channel, id",
				String.class, this.acme.value());
	}

}

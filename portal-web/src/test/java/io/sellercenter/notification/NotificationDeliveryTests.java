package io.sellercenter.notification;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import io.sellercenter.shared.Actor;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.testsupport.PortalTestServices;
import io.sellercenter.testsupport.TestMail;
import io.sellercenter.testsupport.TestSmsGateway;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The outbox delivered for real: e-mail to the SMTP server on loopback (GreenMail), SMS
 * to the test gateway, retries against a gateway that fails, and two senders at once.
 */
@PortalTest
class NotificationDeliveryTests {

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationSettingsService settings;

	@Autowired
	OutboxSender sender;

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationTexts texts;

	@Autowired
	NotificationProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	GreenMail mail = PortalTestServices.mail();

	TestSmsGateway sms = PortalTestServices.sms();

	TestMerchant merchant;

	String tag;

	@BeforeEach
	void merchant() {
		this.merchant = TestMerchant.create(this.jdbc);
		this.tag = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void emailArrivesAtTheSmtpServerAndSmsAtTheGateway() throws Exception {
		String email = "contact-" + this.tag + "@merchant.test";
		String phone = "+86 138 " + this.tag;

		this.notifications.notifyMerchant(this.merchant.id(), NotificationEvent.ONBOARDING_REJECTED,
				new Recipient(this.merchant.adminId(), email, phone),
				Map.of("merchant", "Acme Cloud", "reason", "执照模糊"), "/merchant/profile");
		sendAll();

		List<MimeMessage> received = TestMail.to(this.mail, email);
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("【卖家中心】入驻申请未通过");
		assertThat(received.get(0).getFrom()[0].toString()).isEqualTo(this.properties.mailFrom());
		assertThat(received.get(0).getContent().toString()).contains("原因：执照模糊")
			.contains(PortalTestServices.portalUrl() + "/merchant/profile");
		assertThat(this.sms.receivedBy(phone)).singleElement()
			.satisfies((sms) -> assertThat(sms.text()).startsWith("【卖家中心】入驻申请未通过：Acme Cloud 的入驻申请未通过审核"));
		assertThat(this.jdbc.queryForList(
				"SELECT CONCAT(channel, ' ', status) FROM notification_outbox WHERE merchant_id = ? ORDER BY channel",
				String.class, this.merchant.id().value()))
			.containsExactly("EMAIL SENT", "SMS SENT");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM notification_outbox WHERE merchant_id = ? AND sent_at IS NULL", Long.class,
				this.merchant.id().value()))
			.isZero();
	}

	@Test
	void emailAndSmsAreWrittenInTheLanguageTheMerchantChose() {
		this.settings.save(this.merchant.id(), new NotificationSettings(Set.of(), NotificationLanguage.EN),
				Actor.system("test", this.merchant.id()));
		String email = "en-" + this.tag + "@merchant.test";
		String phone = "+44 " + this.tag;

		this.notifications.notifyMerchant(this.merchant.id(), NotificationEvent.COMPLIANCE_LETTER_APPROVED,
				new Recipient(null, email, phone), Map.of("merchant", "Globex Data"), null);
		sendAll();

		assertThat(TestMail.to(this.mail, email)).singleElement()
			.satisfies((message) -> assertThat(message.getSubject())
				.isEqualTo("[Seller Center] Data compliance letter approved"));
		assertThat(this.sms.receivedBy(phone)).singleElement()
			.satisfies((sms) -> assertThat(sms.text()).startsWith("[Seller Center] Data compliance letter approved: "));
	}

	@Test
	void twoSendersAtOnceSendEachMessageExactlyOnce() throws Exception {
		List<String> emails = new ArrayList<>();
		List<String> phones = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			emails.add("twice-" + this.tag + "-" + i + "@merchant.test");
			phones.add("+86 " + this.tag + " " + i);
			this.notifications.notifyMerchant(this.merchant.id(), NotificationEvent.PROFILE_CHANGE_APPROVED,
					new Recipient(null, emails.get(i), phones.get(i)), Map.of("merchant", "M"), null);
		}

		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> senders = List.of(CompletableFuture.supplyAsync(() -> drain(start)),
				CompletableFuture.supplyAsync(() -> drain(start)));
		start.countDown();
		int claimed = 0;
		for (CompletableFuture<Integer> each : senders) {
			claimed += each.get(60, TimeUnit.SECONDS);
		}

		assertThat(claimed).isGreaterThanOrEqualTo(40);
		for (int i = 0; i < 20; i++) {
			assertThat(TestMail.to(this.mail, emails.get(i))).as(emails.get(i)).hasSize(1);
			assertThat(this.sms.requestsTo(phones.get(i))).as(phones.get(i)).hasSize(1);
		}
		assertThat(this.jdbc.queryForList(
				"SELECT DISTINCT CONCAT(status, ' ', attempts) FROM notification_outbox WHERE merchant_id = ?",
				String.class, this.merchant.id().value()))
			.containsExactly("SENT 1");
	}

	@Test
	void failingGatewayIsRetriedWithDoublingBackOffAndMarkedFailedAfterTheLastAttempt() {
		String phone = "+86 500 " + this.tag;
		this.sms.answer(phone, 500);
		RetryPolicy policy = this.properties.retry().policy();
		this.notifications.notifyMerchant(this.merchant.id(), NotificationEvent.ONBOARDING_APPROVED,
				new Recipient(null, null, phone), Map.of("merchant", "M"), null);
		long id = this.jdbc.queryForObject("SELECT id FROM notification_outbox WHERE address = ?", Long.class, phone);

		for (int attempt = 1; attempt < policy.maxAttempts(); attempt++) {
			LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC);
			sendAll();
			Map<String, Object> row = row(id);
			assertThat(row).containsEntry("status", "PENDING").containsEntry("attempts", attempt);
			assertThat((String) row.get("last_error")).contains("500");
			assertThat((LocalDateTime) row.get("next_attempt_at")).as("back-off after attempt " + attempt)
				.isCloseTo(before.plus(policy.delayAfter(attempt)), within(Duration.ofSeconds(10)));
			sendAll();
			assertThat(this.sms.requestsTo(phone)).as("nothing before the back-off ends").hasSize(attempt);
			// Time passes: the back-off is over.
			this.jdbc.update("UPDATE notification_outbox SET next_attempt_at = ? WHERE id = ?",
					LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1), id);
		}
		sendAll();

		assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("attempts", policy.maxAttempts());
		assertThat((String) row(id).get("last_error")).contains("500");
		assertThat(this.sms.requestsTo(phone)).hasSize(policy.maxAttempts())
			.allSatisfy((sms) -> assertThat(sms.status()).isEqualTo(500));
		this.jdbc.update("UPDATE notification_outbox SET next_attempt_at = ? WHERE id = ?",
				LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1), id);
		sendAll();
		assertThat(this.sms.requestsTo(phone)).as("a FAILED message is not sent again").hasSize(policy.maxAttempts());
	}

	@Test
	void finishedMessagesPastTheirKeepingTimeArePurgedAndPendingOnesStay() {
		for (String status : List.of("SENT", "FAILED", "SKIPPED", "PENDING")) {
			outboxRow(status, 31);
			outboxRow(status, 29);
		}

		while (this.outbox.purge(Duration.ofDays(30), 2) == 2) {
			// batches of two, until fewer are left
		}

		assertThat(this.jdbc.queryForList("""
				SELECT CONCAT(status, ' ', DATEDIFF(UTC_TIMESTAMP(), created_at)) FROM notification_outbox
				WHERE merchant_id = ? ORDER BY id""", String.class, this.merchant.id().value()))
			.containsExactly("SENT 29", "FAILED 29", "SKIPPED 29", "PENDING 31", "PENDING 29");
	}

	private void outboxRow(String status, int daysAgo) {
		this.jdbc.update("""
				INSERT INTO notification_outbox (merchant_id, event, channel, address, language, args, status,
				                                 next_attempt_at, created_at)
				VALUES (?, 'ONBOARDING_APPROVED', 'EMAIL', 'purge@merchant.test', 'en', '{}', ?,
				        UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) - INTERVAL ? DAY)""", this.merchant.id().value(), status,
				daysAgo);
	}

	@Test
	void channelsWithoutAServerAreSkippedNotSent() {
		sendAll();
		String email = "nowhere-" + this.tag + "@merchant.test";
		String phone = "+86 000 " + this.tag;
		this.notifications.notifyMerchant(this.merchant.id(), NotificationEvent.ONBOARDING_APPROVED,
				new Recipient(null, email, phone), Map.of(), null);
		NotificationProperties noGateway = new NotificationProperties(false, Duration.ofSeconds(2), 20,
				Duration.ofMinutes(10), "portal@test", null, Duration.ofSeconds(1), null, this.properties.retry(),
				this.properties.keep());
		ObjectProvider<JavaMailSender> noMailServer = new StaticListableBeanFactory()
			.getBeanProvider(JavaMailSender.class);
		OutboxSender unconfigured = new OutboxSender(this.outbox, this.texts,
				List.of(new MailChannel(noMailServer, noGateway), new SmsChannel(noGateway)), noGateway);

		unconfigured.sendDue();

		assertThat(this.jdbc.queryForList(
				"SELECT CONCAT(channel, ' ', status, ' ', last_error) FROM notification_outbox WHERE merchant_id = ? ORDER BY channel",
				String.class, this.merchant.id().value()))
			.containsExactly("EMAIL SKIPPED no SMTP server: set spring.mail.host",
					"SMS SKIPPED no SMS gateway: set portal.notifications.sms-gateway-url");
		assertThat(TestMail.to(this.mail, email)).isEmpty();
		assertThat(this.sms.requestsTo(phone)).isEmpty();
	}

	/** Sends until nothing is due. */
	private void sendAll() {
		for (int i = 0; i < 100 && this.sender.sendDue() > 0; i++) {
			// next batch
		}
	}

	private int drain(CountDownLatch start) {
		try {
			start.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		int claimed = 0;
		for (int batch = this.sender.sendDue(); batch > 0; batch = this.sender.sendDue()) {
			claimed += batch;
		}
		return claimed;
	}

	private Map<String, Object> row(long id) {
		return this.jdbc.queryForMap(
				"SELECT status, attempts, last_error, next_attempt_at FROM notification_outbox WHERE id = ?", id);
	}

}

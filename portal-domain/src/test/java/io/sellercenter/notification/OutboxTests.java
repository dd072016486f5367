package io.sellercenter.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.sellercenter.audit.AuditLog;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.MapperTest;
import io.sellercenter.testsupport.MutableClock;
import org.assertj.core.data.TemporalUnitOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@MapperTest
@Import({ Outbox.class, Notifications.class, NotificationSettingsService.class, AuditLog.class,
		OutboxTests.Clocks.class })
class OutboxTests {

	private static final Duration LEASE = Duration.ofMinutes(10);

	/**
	 * Connector/J sends whole seconds to MariaDB 10.x, which it takes for MySQL 5.5 from
	 * its version string; MariaDB 11 and MySQL 8 keep the microseconds.
	 */
	private static final TemporalUnitOffset STORED_PRECISION = within(1, ChronoUnit.SECONDS);

	@Autowired
	Outbox outbox;

	@Autowired
	Notifications notifications;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	MerchantId acme;

	@BeforeEach
	void tenants() {
		this.acme = new Tenants(this.jdbc).merchant("acme");
	}

	@Test
	void claimDueLeasesTheRowsSoTheyAreNotDueAgainUntilTheLeaseEnds() {
		sms("+86 1");
		sms("+86 2");

		List<OutboxMessage> claimed = this.outbox.claimDue(10, LEASE);

		assertThat(claimed).extracting(OutboxMessage::address).containsExactly("+86 1", "+86 2");
		assertThat(claimed).allSatisfy((message) -> {
			assertThat(message.attempts()).isOne();
			assertThat(message.language()).isEqualTo(NotificationLanguage.ZH_CN);
			assertThat(message.args()).containsEntry("merchant", "Acme Cloud");
		});
		assertThat(this.outbox.claimDue(10, LEASE)).isEmpty();
		this.clock.advance(LEASE);
		assertThat(this.outbox.claimDue(10, LEASE)).as("a sender that died: due again").hasSize(2);
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void claimDueWhenAnotherSenderHoldsRowsThenTakesOthersWithoutWaiting() throws Exception {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> {
			for (int i = 0; i < 4; i++) {
				sms("+86 skip-" + i);
			}
		});
		CountDownLatch firstHasClaimed = new CountDownLatch(1);
		CountDownLatch secondIsDone = new CountDownLatch(1);
		try {
			// The first sender claims two rows and keeps its transaction (and locks)
			// open.
			CompletableFuture<List<OutboxMessage>> first = CompletableFuture
				.supplyAsync(() -> transaction.execute((status) -> {
					List<OutboxMessage> mine = this.outbox.claimDue(2, LEASE);
					firstHasClaimed.countDown();
					await(secondIsDone);
					return mine;
				}));
			assertThat(firstHasClaimed.await(10, TimeUnit.SECONDS)).isTrue();

			List<OutboxMessage> second = CompletableFuture.supplyAsync(() -> this.outbox.claimDue(10, LEASE))
				.get(5, TimeUnit.SECONDS);
			secondIsDone.countDown();

			assertThat(second).extracting(OutboxMessage::address).containsExactly("+86 skip-2", "+86 skip-3");
			assertThat(first.get(10, TimeUnit.SECONDS)).extracting(OutboxMessage::address)
				.containsExactly("+86 skip-0", "+86 skip-1");
		}
		finally {
			secondIsDone.countDown();
			this.jdbc.update("DELETE FROM notification_outbox WHERE address LIKE '+86 skip-%'");
		}
	}

	@Test
	void markFailedRetriesWithDoublingBackOffUpToTheCapThenGivesUp() {
		RetryPolicy policy = new RetryPolicy(4, Duration.ofMinutes(1), Duration.ofMinutes(3));
		long id = sms("+86 flaky");
		List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(3));

		for (int attempt = 1; attempt <= 3; attempt++) {
			OutboxMessage message = this.outbox.claimDue(10, LEASE).get(0);
			assertThat(message.attempts()).isEqualTo(attempt);
			assertThat(this.outbox.markFailed(message, "gateway answered 500 (" + attempt + ")", policy)).isFalse();

			Duration wait = waits.get(attempt - 1);
			assertThat(nextAttemptAt(id)).isCloseTo(now().plus(wait), STORED_PRECISION);
			this.clock.advance(wait.minusSeconds(1));
			assertThat(this.outbox.claimDue(10, LEASE)).as("still backing off").isEmpty();
			this.clock.advance(Duration.ofSeconds(1));
		}
		OutboxMessage last = this.outbox.claimDue(10, LEASE).get(0);
		assertThat(this.outbox.markFailed(last, "gateway answered 500 (4)", policy)).isTrue();

		assertThat(
				this.jdbc.queryForMap("SELECT status, attempts, last_error FROM notification_outbox WHERE id = ?", id))
			.containsEntry("status", "FAILED")
			.containsEntry("attempts", 4)
			.containsEntry("last_error", "gateway answered 500 (4)");
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.outbox.claimDue(10, LEASE)).isEmpty();
	}

	@Test
	void markSentAndMarkSkippedRecordTheOutcome() {
		long sent = sms("+86 ok");
		long skipped = sms("+86 nowhere");
		List<OutboxMessage> claimed = this.outbox.claimDue(10, LEASE);

		this.outbox.markSent(claimed.get(0));
		this.outbox.markSkipped(claimed.get(1), "SMS gateway not configured");

		Map<String, Object> row = this.jdbc.queryForMap("SELECT status, sent_at FROM notification_outbox WHERE id = ?",
				sent);
		assertThat(row).containsEntry("status", "SENT");
		assertThat((LocalDateTime) row.get("sent_at")).isCloseTo(now(), STORED_PRECISION);
		assertThat(this.jdbc.queryForMap("SELECT status, last_error FROM notification_outbox WHERE id = ?", skipped))
			.containsEntry("status", "SKIPPED")
			.containsEntry("last_error", "SMS gateway not configured");
	}

	@Test
	void outcomeOfAnAttemptWhoseLeaseRanOutDoesNotOverwriteTheNextAttempt() {
		long id = sms("+86 slow");
		OutboxMessage stale = this.outbox.claimDue(10, LEASE).get(0);
		this.clock.advance(LEASE);
		OutboxMessage current = this.outbox.claimDue(10, LEASE).get(0);

		this.outbox.markSent(stale);
		assertThat(status(id)).isEqualTo("PENDING");
		this.outbox.markSent(current);
		assertThat(status(id)).isEqualTo("SENT");
	}

	private long sms(String phone) {
		this.notifications.notifyMerchant(this.acme, NotificationEvent.ONBOARDING_APPROVED,
				new Recipient(null, null, phone), Map.of("merchant", "Acme Cloud"), "/merchant/profile");
		return this.jdbc.queryForObject("SELECT MAX(id) FROM notification_outbox WHERE address = ?", Long.class, phone);
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private LocalDateTime nextAttemptAt(long id) {
		return this.jdbc.queryForObject("SELECT next_attempt_at FROM notification_outbox WHERE id = ?",
				LocalDateTime.class, id);
	}

	private String status(long id) {
		return this.jdbc.queryForObject("SELECT status FROM notification_outbox WHERE id = ?", String.class, id);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		/** Microseconds only: what DATETIME(6) keeps. */
		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
		}

	}

}

package io.sellercenter.usage;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.DomainTest;
import io.sellercenter.testsupport.OrderFeedFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the intake stores with a push besides its records: each record waits in the
 * validators' inbox, the key's last use is kept to the minute, and times keep their
 * microseconds.
 */
@DomainTest
class UsageIntakeTests {

	@Autowired
	UsageIntake intake;

	@Autowired
	JdbcTemplate jdbc;

	final String keyId = "intake-" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void everyRecordOfAPushWaitsInTheInbox() {
		long request = push();

		assertThat(this.jdbc.queryForList("""
				SELECT r.metering_sn FROM usage_record r JOIN usage_inbox i ON i.record_id = r.id
				WHERE r.request_id = ? ORDER BY r.id""", String.class, request)).containsExactly(this.keyId + "-1",
				this.keyId + "-2");
		assertThat(this.jdbc.queryForObject("SELECT state FROM usage_ledger WHERE metering_sn = ?", String.class,
				this.keyId + "-1"))
			.isEqualTo("RECEIVED");
	}

	@Test
	void theKeysLastUseIsWrittenOncePerMinute() {
		long merchant = new OrderFeedFixtures(this.jdbc).merchant("acme");
		this.jdbc.update("""
				INSERT INTO integration_key (merchant_id, key_id, name, secret_enc, status, created_at)
				VALUES (?, ?, 'intake test', 'not-a-secret', 'ACTIVE', UTC_TIMESTAMP(6))""", merchant, this.keyId);
		push();
		LocalDateTime first = lastUsed();
		assertThat(first).as("set by the first push").isNotNull();

		LocalDateTime earlierThisMinute = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
		this.jdbc.update("UPDATE integration_key SET last_used_at = ? WHERE key_id = ?", earlierThisMinute, this.keyId);
		push();
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
		if (now.truncatedTo(ChronoUnit.MINUTES).equals(earlierThisMinute)) {
			assertThat(lastUsed()).as("used already this minute: left alone").isEqualTo(earlierThisMinute);
		}

		this.jdbc.update("UPDATE integration_key SET last_used_at = ? WHERE key_id = ?",
				earlierThisMinute.minusHours(1), this.keyId);
		push();
		assertThat(lastUsed()).as("last used an hour ago: now").isAfterOrEqualTo(earlierThisMinute);
	}

	@Test
	void timesAreStoredToTheMicrosecond() {
		// MariaDB 10.x once got whole seconds from the driver (MicrosecondTimeHandler).
		// Three pushes: the chance that each one's clock reads a whole second is nil.
		List<Long> requests = List.of(push(), push(), push());

		List<Integer> micros = this.jdbc.queryForList("""
				SELECT MICROSECOND(q.received_at) FROM usage_request q WHERE q.id IN (?, ?, ?)""", Integer.class,
				requests.get(0), requests.get(1), requests.get(2));
		assertThat(micros).as("written through MyBatis").anyMatch((us) -> us != 0);
		assertThat(this.jdbc.queryForList("""
				SELECT COUNT(*) FROM usage_request q JOIN usage_record r ON r.request_id = q.id
				WHERE q.id IN (?, ?, ?) AND r.received_at <> q.received_at""", Long.class, requests.get(0),
				requests.get(1), requests.get(2)))
			.as("records written over plain JDBC carry the same time as their request")
			.containsExactly(0L);
	}

	private long push() {
		long merchant = new OrderFeedFixtures(this.jdbc).merchant("acme");
		return this.intake.accept(new MerchantId(merchant), this.keyId, UUID.randomUUID().toString(), 0, null,
				List.of(record(this.keyId + "-1"), record(this.keyId + "-2")));
	}

	private LocalDateTime lastUsed() {
		return this.jdbc.queryForObject("SELECT last_used_at FROM integration_key WHERE key_id = ?",
				LocalDateTime.class, this.keyId);
	}

	private static PushedRecord record(String sn) {
		return new PushedRecord("ins-intake", "20261202T100000Z", "20261202T090000Z", "20261202T100000Z", "1", sn,
				null);
	}

}

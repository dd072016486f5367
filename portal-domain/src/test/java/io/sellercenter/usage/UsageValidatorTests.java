package io.sellercenter.usage;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.DomainTest;
import io.sellercenter.testsupport.OrderFeedFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rejection code of the marketplace's table, and acceptance, from intake to
 * verdict.
 */
@DomainTest
class UsageValidatorTests {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	@Autowired
	UsageIntake intake;

	@Autowired
	UsageValidator validator;

	@Autowired
	JdbcTemplate jdbc;

	OrderFeedFixtures fixtures;

	String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void instances() {
		this.fixtures = new OrderFeedFixtures(this.jdbc);
		this.fixtures.instance(id("ok"), "acme", "WordPress One-Click", "ON_DEMAND", "NORMAL", "c1", 30);
		this.fixtures.instance(id("period"), "acme", "WordPress One-Click", "PERIOD", "NORMAL", "c1", 30);
		this.fixtures.instance(id("released"), "acme", "WordPress One-Click", "ON_DEMAND", "RELEASED", "c1", 30);
		this.fixtures.instance(id("globex"), "globex", "City Traffic Data", "ON_DEMAND", "NORMAL", "c2", 30);
		this.fixtures.instance(id("pkg"), "acme", "WordPress One-Click", "ON_DEMAND_PKG", "NORMAL", "c1", 30);
		this.fixtures.instance(id("other-pkg"), "acme", "WordPress One-Click", "ON_DEMAND_PKG", "NORMAL", "c9", 30);
	}

	@Test
	void aGoodRecordIsAccepted() {
		assertThat(verdict(record(id("ok"), minutesAgo(10), minutesAgo(5), "1.5", sn("good"), null)))
			.isEqualTo("ACCEPTED");
	}

	@Test
	void everyRuleHasItsCode() {
		String begin = minutesAgo(10);
		String end = minutesAgo(5);
		assertThat(verdict(record("nope-" + this.run, begin, end, "1", sn("a"), null))).isEqualTo("001");
		assertThat(verdict(record(id("ok"), "2026-12-01 10:00", end, "1", sn("b"), null))).isEqualTo("002");
		assertThat(verdict(record(id("ok"), begin, end, "-3", sn("c"), null))).isEqualTo("003");
		assertThat(verdict(record(id("ok"), begin, end, "1.23456", sn("c2"), null))).isEqualTo("003");
		assertThat(verdict(record(id("ok"), begin, end, "1", null, null))).isEqualTo("004");
		assertThat(
				verdict(record(id("ok"), minutesAgo(25 * 24 * 60), minutesAgo(25 * 24 * 60 - 5), "1", sn("old"), null)))
			.as("more than 21 days old")
			.isEqualTo("007");
		assertThat(verdict(record(id("ok"), minutesAgo(5 * 60), minutesAgo(4 * 60), "1", sn("late"), null)))
			.as("past its cut-off")
			.isEqualTo("007");
		assertThat(verdict(record(id("ok"), begin, end, "1", sn("p"), "nope"))).isEqualTo("008");
		assertThat(verdict(record(id("ok"), begin, end, "1", sn("p2"), id("other-pkg"))))
			.as("another customer's package")
			.isEqualTo("008");
		assertThat(verdict(record(id("globex"), begin, end, "1", sn("g"), null))).isEqualTo("009");
		assertThat(verdict(record(id("ok"), end, begin, "1", sn("r"), null))).as("begin after end").isEqualTo("011");
		assertThat(verdict(record(id("ok"), begin, minutesAgo(-60), "1", sn("f"), null))).as("ends in the future")
			.isEqualTo("011");
		assertThat(verdict(
				record(id("ok"), minutesAgo(40 * 24 * 60), minutesAgo(40 * 24 * 60 - 5), "1", sn("life"), null)))
			.as("before the instance existed")
			.isEqualTo("011");
		assertThat(verdict(record(id("period"), begin, end, "1", sn("m"), null))).isEqualTo("012");
		assertThat(verdict(record(id("released"), begin, end, "1", sn("rel"), null))).isEqualTo("013");
	}

	@Test
	void deliveredPackageDrawDownIsAccepted() {
		assertThat(verdict(record(id("ok"), minutesAgo(10), minutesAgo(5), "1", sn("pkg"), id("pkg"))))
			.isEqualTo("ACCEPTED");
	}

	@Test
	void acceptedMeteringSnCannotBeReusedAndDuplicatesAreRefused() {
		String begin = minutesAgo(10);
		String end = minutesAgo(5);
		assertThat(verdict(record(id("ok"), begin, end, "1", sn("once"), null))).isEqualTo("ACCEPTED");
		assertThat(verdict(record(id("ok"), minutesAgo(4), minutesAgo(3), "1", sn("once"), null))).isEqualTo("005");
		assertThat(verdict(record(id("ok"), begin, end, "1", sn("twice"), null))).isEqualTo("010");
	}

	@Test
	void aBatchRepeatingAnAcceptedRecordIsJudgedRecordByRecord() {
		String begin = minutesAgo(10);
		String end = minutesAgo(5);
		assertThat(verdict(record(id("ok"), begin, end, "1", sn("first"), null))).isEqualTo("ACCEPTED");
		long acme = this.fixtures.merchant("acme");
		this.intake.accept(new MerchantId(acme), "k", UUID.randomUUID().toString(), 0, null,
				List.of(record(id("ok"), minutesAgo(9), minutesAgo(8), "1", sn("fresh"), null),
						record(id("ok"), minutesAgo(7), minutesAgo(6), "1", sn("first"), null),
						record(id("ok"), begin, end, "1", sn("same-window"), null)));

		assertThat(this.validator.validateBatch(10)).isEqualTo(3);

		assertThat(code(sn("fresh"))).isEqualTo("ACCEPTED");
		assertThat(count("metering_sn = ? AND code = '005'", sn("first"))).isOne();
		assertThat(code(sn("same-window"))).isEqualTo("010");
	}

	@Test
	void meteringSnsEqualOnlyUnderTheDatabaseCollationDoNotBlockTheirBatch() {
		long acme = this.fixtures.merchant("acme");
		this.intake.accept(new MerchantId(acme), "k", UUID.randomUUID().toString(), 0, null,
				List.of(record(id("ok"), minutesAgo(9), minutesAgo(8), "1", sn("case-sn"), null),
						record(id("ok"), minutesAgo(7), minutesAgo(6), "1", sn("CASE-SN"), null)));

		assertThat(this.validator.validateBatch(10)).as("judged, not rolled back").isEqualTo(2);

		assertThat(this.jdbc.queryForList(
				"SELECT COALESCE(code, state) FROM usage_ledger WHERE metering_sn IN (?, ?) ORDER BY id", String.class,
				sn("case-sn"), sn("CASE-SN")))
			.as("the second is the same metering_sn to the database")
			.containsExactly("ACCEPTED", "005");
	}

	@Test
	void productDelistedIsCode006() {
		this.jdbc.update("UPDATE product SET status = 'DELISTED' WHERE name_en = 'City Traffic Data'");
		try {
			long globex = this.fixtures.merchant("globex");
			this.intake.accept(new MerchantId(globex), "k", "n", 0, null,
					List.of(record(id("globex"), minutesAgo(10), minutesAgo(5), "1", sn("delisted"), null)));
			drain();
			assertThat(code(sn("delisted"))).isEqualTo("006");
		}
		finally {
			this.jdbc.update("UPDATE product SET status = 'ON_SALE' WHERE name_en = 'City Traffic Data'");
		}
	}

	@Test
	void reReportOfARejectedRecordIsLinkedToIt() {
		String sn = sn("fixed");
		assertThat(verdict(record(id("ok"), minutesAgo(10), minutesAgo(5), "-1", sn, null))).isEqualTo("003");
		long rejected = id(sn, "REJECTED");
		assertThat(verdict(record(id("ok"), minutesAgo(10), minutesAgo(5), "1", sn, null))).isEqualTo("ACCEPTED");
		assertThat(this.jdbc.queryForObject(
				"SELECT previous_id FROM usage_ledger WHERE metering_sn = ? AND state = 'ACCEPTED'", Long.class, sn))
			.isEqualTo(rejected);
	}

	@Test
	void collectionBillsAcceptedRecordsPastTheirCutOff() {
		String sn = sn("bill");
		assertThat(verdict(record(id("ok"), minutesAgo(10), minutesAgo(5), "1", sn, null))).isEqualTo("ACCEPTED");
		this.jdbc.update(
				"UPDATE usage_verdict v JOIN usage_record r ON r.id = v.record_id SET v.cutoff_at = ? WHERE r.metering_sn = ?",
				LocalDateTime.now().minusMinutes(1), sn);

		this.validator.collect(1000);

		assertThat(this.jdbc.queryForObject("SELECT state FROM usage_ledger WHERE metering_sn = ?", String.class, sn))
			.isEqualTo("BILLED");
	}

	@Autowired
	UsageAlarms alarms;

	@Test
	void alarmsShowSilentInstancesAndRejectionsAboutToClose() {
		String silent = id("silent");
		this.fixtures.instance(silent, "acme", "WordPress One-Click", "ON_DEMAND", "NORMAL", "c1", 1);
		String sn = sn("closing");
		assertThat(verdict(record(id("ok"), minutesAgo(10), minutesAgo(5), "-1", sn, null))).isEqualTo("003");
		this.jdbc.update(
				"UPDATE usage_verdict v JOIN usage_record r ON r.id = v.record_id SET v.cutoff_at = ? WHERE r.metering_sn = ?",
				LocalDateTime.now().plusMinutes(30), sn);
		io.sellercenter.product.Viewer acme = new io.sellercenter.product.Viewer(
				new MerchantId(this.fixtures.merchant("acme")), null, LocalDateTime.now());

		UsageAlarms.Alarms found = this.alarms.of(acme, 100_000);

		assertThat(found.silent()).extracting(SilentInstance::instanceId).contains(silent).doesNotContain(id("ok"));
		assertThat(found.closing()).extracting(UsageEntry::meteringSn).contains(sn);
	}

	/**
	 * A record that came in before its cut-off is judged as of its arrival, however late
	 * the validator gets to it (a backlog, an outage): here it reaches the validator
	 * hours after minute 15 of the next hour.
	 */
	@Test
	void deadlinesAreJudgedAtTheTimeTheRecordWasReceived() {
		LocalDateTime end = LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(3);
		String inTime = sn("in-time");
		assertThat(verdictReceivedAt(record(id("ok"), at(end.minusMinutes(10)), at(end), "1", inTime, null),
				end.plusMinutes(2)))
			.as("received 2 minutes after its end, validated hours after its cut-off")
			.isEqualTo("ACCEPTED");

		LocalDateTime oldEnd = LocalDateTime.now(java.time.ZoneOffset.UTC).minusDays(22);
		assertThat(verdictReceivedAt(
				record(id("ok"), at(oldEnd.minusMinutes(10)), at(oldEnd), "1", sn("old-in-time"), null),
				oldEnd.plusMinutes(1)))
			.as("22 days old now, a minute old when it came")
			.isEqualTo("ACCEPTED");

		LocalDateTime lateEnd = LocalDateTime.now(java.time.ZoneOffset.UTC).minusHours(2);
		assertThat(verdictReceivedAt(record(id("ok"), at(lateEnd.minusMinutes(10)), at(lateEnd), "1", sn("late"), null),
				lateEnd.plusHours(1).plusMinutes(20)))
			.as("received after its cut-off")
			.isEqualTo("007");

		LocalDateTime soon = LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(10);
		assertThat(verdictReceivedAt(record(id("ok"), at(soon.minusMinutes(5)), at(soon), "1", sn("from-later"), null),
				soon.minusMinutes(30)))
			.as("ending 30 minutes after it was received")
			.isEqualTo("011");
	}

	@Test
	void aStopWhenUsedUpPackageInstanceMustNameItsPackage() {
		String begin = minutesAgo(10);
		String end = minutesAgo(5);
		assertThat(verdict(record(id("pkg"), begin, end, "1", sn("no-pkg"), null))).isEqualTo("008");
		assertThat(verdict(record(id("pkg"), begin, end, "1", sn("own-pkg"), id("pkg")))).isEqualTo("ACCEPTED");
	}

	@Test
	void anotherMerchantPushingYourInstanceIdsDoesNotQuietYourAlarms() {
		String silent = id("silent-foreign");
		this.fixtures.instance(silent, "acme", "WordPress One-Click", "ON_DEMAND", "NORMAL", "c1", 1);
		io.sellercenter.product.Viewer acme = new io.sellercenter.product.Viewer(
				new MerchantId(this.fixtures.merchant("acme")), null, LocalDateTime.now());
		assertThat(this.alarms.of(acme, 100_000).silent()).extracting(SilentInstance::instanceId).contains(silent);

		this.intake.accept(new MerchantId(this.fixtures.merchant("globex")), "k", UUID.randomUUID().toString(), 0, null,
				List.of(record(silent, minutesAgo(10), minutesAgo(5), "1", sn("foreign"), null)));

		assertThat(this.alarms.of(acme, 100_000).silent()).extracting(SilentInstance::instanceId).contains(silent);
	}

	@Test
	void twoValidatorsGiveEveryRecordExactlyOneVerdict() throws Exception {
		long acme = this.fixtures.merchant("acme");
		List<PushedRecord> batch = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			// Every record twice (same sn, same window), so the two validators race for
			// the same acceptances.
			String begin = LocalDateTime.now(java.time.ZoneOffset.UTC)
				.minusMinutes(30)
				.minusSeconds(i / 2)
				.format(TIME);
			batch.add(record(id("ok"), begin, minutesAgo(5), "1", sn("race-" + (i / 2)), null));
		}
		for (int i = 0; i < batch.size(); i += 500) {
			this.intake.accept(new MerchantId(acme), "k", "race" + i, 0, null, batch.subList(i, i + 500));
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<?>> runs = List.of(pool.submit(this::drain), pool.submit(this::drain));
		for (Future<?> run : runs) {
			run.get();
		}
		pool.shutdown();

		String like = "race-%".replace("race", this.run + "-race");
		assertThat(count("metering_sn LIKE ? AND state = 'RECEIVED'", like)).isZero();
		assertThat(count("metering_sn LIKE ? AND state = 'ACCEPTED'", like)).as("one per metering_sn").isEqualTo(1000);
		assertThat(count("metering_sn LIKE ? AND code = '005'", like)).isEqualTo(1000);
	}

	private String verdict(PushedRecord record) {
		this.intake.accept(new MerchantId(this.fixtures.merchant("acme")), "k", UUID.randomUUID().toString(), 0, null,
				List.of(record));
		drain();
		Long id = this.jdbc.queryForObject("SELECT MAX(id) FROM usage_ledger", Long.class);
		return this.jdbc.queryForObject("SELECT COALESCE(code, state) FROM usage_ledger WHERE id = ?", String.class,
				id);
	}

	/** The verdict of a record that the intake received at {@code receivedAt}. */
	private String verdictReceivedAt(PushedRecord record, LocalDateTime receivedAt) {
		this.intake.accept(new MerchantId(this.fixtures.merchant("acme")), "k", UUID.randomUUID().toString(), 0, null,
				List.of(record));
		this.jdbc.update("UPDATE usage_record SET received_at = ? WHERE metering_sn = ?", receivedAt,
				record.meteringSn());
		drain();
		return code(record.meteringSn());
	}

	private static String at(LocalDateTime time) {
		return time.format(TIME);
	}

	private void drain() {
		int judged;
		do {
			try {
				judged = this.validator.validateBatch(300);
			}
			catch (org.springframework.dao.DuplicateKeyException ex) {
				// Another validator accepted the same metering_sn first: this batch is
				// judged again.
				judged = 1;
			}
		}
		while (judged > 0);
	}

	private String code(String sn) {
		return this.jdbc.queryForObject("SELECT COALESCE(code, state) FROM usage_ledger WHERE metering_sn = ?",
				String.class, sn);
	}

	private long id(String sn, String state) {
		return this.jdbc.queryForObject("SELECT id FROM usage_ledger WHERE metering_sn = ? AND state = ?", Long.class,
				sn, state);
	}

	private long count(String where, Object... args) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM usage_ledger WHERE " + where, Long.class, args);
	}

	private String id(String name) {
		return name + "-" + this.run;
	}

	private String sn(String name) {
		return this.run + "-" + name;
	}

	private static String minutesAgo(int minutes) {
		return LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(minutes).format(TIME);
	}

	private static PushedRecord record(String instance, String begin, String end, String value, String sn, String pkg) {
		return new PushedRecord(instance, end, begin, end, value, sn, pkg);
	}

}

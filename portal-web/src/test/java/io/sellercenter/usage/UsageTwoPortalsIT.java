package io.sellercenter.usage;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.sellercenter.testsupport.OrderFeedFixtures;
import io.sellercenter.testsupport.PortalProcess;
import io.sellercenter.testsupport.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portals, each a JVM of its own with the usage jobs on, on one database of their
 * own: they work off a backlog together, giving every record exactly one verdict; then
 * one of them is killed with {@code kill -9} while clients push to it, and every record
 * it acknowledged is there. The portals start once for both tests (a start costs more
 * than either test), so the kill comes last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UsageTwoPortalsIT {

	static final Duration START = Duration.ofSeconds(150);

	ScratchDatabase db;

	JdbcTemplate jdbc;

	PortalProcess a;

	PortalProcess b;

	int portOfA;

	@BeforeAll
	void startTwoPortals() {
		this.db = new ScratchDatabase("two_portals");
		this.jdbc = this.db.jdbc();
		OrderFeedFixtures fixtures = new OrderFeedFixtures(this.jdbc);
		for (int k = 0; k < UsageBacklog.INSTANCES; k++) {
			fixtures.instance("ins-v-" + k, "acme", "WordPress One-Click", "ON_DEMAND", "NORMAL", "c-v", 10);
		}
		recordVerdictsWithTheirPortal();
		// Only A makes the demo key (both at once would collide on its key id).
		Map<String, Object> portalA = portal("A", true);
		Map<String, Object> portalB = portal("B", false);
		long started = System.nanoTime();
		this.a = PortalProcess.launch("usage-portal-a", portalA);
		this.b = PortalProcess.launch("usage-portal-b", portalB);
		this.portOfA = this.a.awaitReady(START);
		this.b.awaitReady(START);
		System.out.printf("Two portals started in %d ms, processor time %s and %s%n",
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), this.a.cpuTime(), this.b.cpuTime());
	}

	@AfterAll
	void stop() {
		for (AutoCloseable resource : new AutoCloseable[] { this.a, this.b, this.db }) {
			try {
				if (resource != null) {
					resource.close();
				}
			}
			catch (Exception ex) {
				// the others are still closed
			}
		}
	}

	@Test
	@Order(1)
	void twoValidatorsGiveEveryRecordOfABacklogExactlyOneVerdict() throws Exception {
		Duration cpu = this.a.cpuTime().plus(this.b.cpuTime());
		long started = System.nanoTime();
		UsageBacklog.write(this.jdbc, new OrderFeedFixtures(this.jdbc).merchant("acme"));
		awaitNoRecordReceived(Duration.ofSeconds(180));
		System.out.printf("Backlog judged in %d ms, processor time of both portals %s%n",
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
				this.a.cpuTime().plus(this.b.cpuTime()).minus(cpu));

		assertEveryRecordVerdictedOnceByOneOfThem();
		assertThat(this.jdbc.queryForList("SELECT metering_sn FROM usage_ledger WHERE " + UsageBacklog.WHERE
				+ " AND state IN ('ACCEPTED', 'BILLED') GROUP BY merchant_id, metering_sn HAVING COUNT(*) > 1 LIMIT 10",
				String.class))
			.as("metering_sns accepted twice")
			.isEmpty();
		assertThat(this.jdbc.queryForList("SELECT MIN(metering_sn) FROM usage_ledger WHERE " + UsageBacklog.WHERE
				+ " AND state IN ('ACCEPTED', 'BILLED') GROUP BY instance_id, begin_time, end_time"
				+ " HAVING COUNT(*) > 1 LIMIT 10", String.class))
			.as("instance windows accepted twice")
			.isEmpty();
		assertThat(backlog("state IN ('ACCEPTED', 'BILLED')")).as("accepted")
			.isEqualTo(UsageBacklog.expectedAccepted());
		assertThat(backlog("code = '005'")).as("005").isEqualTo(UsageBacklog.expectedSnAccepted());
		assertThat(backlog("code = '010'")).as("010").isEqualTo(UsageBacklog.expectedDuplicates());
		assertThat(backlog("code = '001'")).as("001").isEqualTo(UsageBacklog.expectedUnknown());
		assertThat(unexpectedErrors(this.a)).as("errors logged by A").isEmpty();
		assertThat(unexpectedErrors(this.b)).as("errors logged by B").isEmpty();
	}

	/**
	 * One verdict row per record (rows of rolled-back batches are gone with them), the
	 * one the record still has, made by A or by B, and both made some.
	 */
	private void assertEveryRecordVerdictedOnceByOneOfThem() {
		String verdicts = "FROM usage_ledger r JOIN it_verdict v ON v.record_id = r.id WHERE r." + UsageBacklog.WHERE;
		assertThat(this.jdbc.queryForList("SELECT r.id " + verdicts + " GROUP BY r.id HAVING COUNT(*) > 1 LIMIT 10",
				Long.class))
			.as("records verdicted more than once")
			.isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) " + verdicts
				+ " AND (v.state = r.state OR (v.state = 'ACCEPTED' AND r.state = 'BILLED')) AND v.code <=> r.code",
				Long.class))
			.as("records with one verdict, the one they have")
			.isEqualTo(UsageBacklog.RECORDS);
		Map<String, Object> portals = this.jdbc
			.queryForMap("SELECT SUM(v.portal = 'A') AS a, SUM(v.portal = 'B') AS b " + verdicts);
		long byA = ((Number) portals.get("a")).longValue();
		long byB = ((Number) portals.get("b")).longValue();
		System.out.printf("%d records judged by A, %d by B; deadlocks logged: %d%n", byA, byB, deadlocks());
		assertThat(byA).as("judged by A").isPositive();
		assertThat(byB).as("judged by B").isPositive();
		assertThat(byA + byB).as("judged by either").isEqualTo(UsageBacklog.RECORDS);
	}

	@Test
	@Order(2)
	void everyAcknowledgedRecordSurvivesKillNine() throws Exception {
		long started = System.nanoTime();
		PushRun run = new PushRun(
				new UsagePushClient(URI.create("http://127.0.0.1:" + this.portOfA), DemoKeys.KEY_ID, DemoKeys.SECRET),
				4, 12);
		boolean underWay = run.awaitUnderWay(Duration.ofSeconds(90), 3);
		int exit = this.a.kill();
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		run.awaitEnd(Duration.ofSeconds(60));
		System.out.printf("Killed after %d ms of pushing: %d pushes acknowledged, %d cut off%n", millis,
				run.acknowledged.size(), run.cutOff.size());

		assertThat(underWay).as("12 pushes acknowledged, then 3 on their way; other answers: %s", run.unexpected)
			.isTrue();
		assertThat(exit).as("ended by SIGKILL").isEqualTo(128 + 9);
		assertThat(run.unexpected).as("answers other than MKT.0000").isEmpty();
		assertThat(run.cutOff).as("pushes cut off by the kill").isNotEmpty();
		assertStoredWholeOrNotAtAll(run);
	}

	/**
	 * Read in one statement, so from one snapshot: a commit the database completes after
	 * the kill is wholly in it or wholly out.
	 */
	private void assertStoredWholeOrNotAtAll(PushRun run) {
		Map<Long, Integer> declared = new HashMap<>();
		Map<Long, Integer> stored = new HashMap<>();
		Map<String, Integer> byBatch = new HashMap<>();
		Map<String, Integer> bySn = new HashMap<>();
		this.jdbc.query("""
				SELECT q.id, q.record_count, r.metering_sn
				FROM usage_request q
				         LEFT JOIN usage_record r ON r.request_id = q.id
				WHERE q.key_id = ?""", (row) -> {
			declared.put(row.getLong(1), row.getInt(2));
			String sn = row.getString(3);
			if (sn != null) {
				stored.merge(row.getLong(1), 1, Integer::sum);
				bySn.merge(sn, 1, Integer::sum);
				byBatch.merge(sn.substring(0, sn.lastIndexOf('-') + 1), 1, Integer::sum);
			}
		}, DemoKeys.KEY_ID);
		assertThat(stored).as("records of each stored request").isEqualTo(declared);
		assertThat(bySn.values()).as("each record stored once").containsOnly(1);
		for (String batch : run.acknowledged) {
			assertThat(byBatch.get(batch)).as("records of acknowledged push %s", batch).isEqualTo(PushRun.RECORDS);
		}
		for (String batch : run.cutOff) {
			assertThat(byBatch.getOrDefault(batch, 0)).as("records of cut-off push %s", batch).isIn(0, PushRun.RECORDS);
		}
		assertThat(byBatch.keySet()).as("nothing but what was sent")
			.allMatch((batch) -> run.acknowledged.contains(batch) || run.cutOff.contains(batch));
	}

	private Map<String, Object> portal(String name, boolean demoKey) {
		Map<String, Object> properties = PortalProcess.properties(this.db.database());
		properties.put("portal.demo-data", demoKey);
		properties.put("portal.usage.jobs-enabled", true);
		properties.put("portal.usage.validate-interval", "100ms");
		properties.put("portal.usage.requests-per-second", 100_000);
		// The database is migrated already; Flyway would also clear the variable below.
		properties.put("spring.flyway.enabled", false);
		// Each connection says which portal it belongs to, for the trigger below.
		properties.put("spring.datasource.hikari.connection-init-sql", "SET @usage_portal = '" + name + "'");
		return properties;
	}

	/**
	 * Test instrumentation in this scratch database: every verdict written, with the
	 * portal whose connection made it. Written in the validator's own transaction, so a
	 * batch rolled back leaves no trace here either.
	 */
	private void recordVerdictsWithTheirPortal() {
		this.jdbc.execute("""
				CREATE TABLE it_verdict (
				    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
				    record_id BIGINT      NOT NULL,
				    state     VARCHAR(12) NOT NULL,
				    code      CHAR(3)     NULL,
				    portal    VARCHAR(8)  NULL,
				    KEY (record_id)
				)""");
		this.jdbc.execute("""
				CREATE TRIGGER it_verdict_of_record AFTER INSERT ON usage_verdict FOR EACH ROW
				INSERT INTO it_verdict (record_id, state, code, portal)
				VALUES (NEW.record_id, NEW.state, NEW.code, @usage_portal)""");
	}

	private void awaitNoRecordReceived(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		long waiting;
		while ((waiting = backlog("state = 'RECEIVED'")) > 0) {
			assertThat(System.nanoTime()).as("%d records still RECEIVED after %s", waiting, timeout)
				.isLessThan(deadline);
			TimeUnit.MILLISECONDS.sleep(200);
		}
	}

	private long backlog(String where) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM usage_ledger WHERE " + UsageBacklog.WHERE + " AND " + where, Long.class);
	}

	private long deadlocks() {
		return Stream.of(this.a, this.b)
			.flatMap((portal) -> portal.output().stream())
			.filter((line) -> line.contains("DeadlockLoserDataAccessException:"))
			.count();
	}

	/**
	 * ERROR lines of a portal's log. A batch that meets another validator's in a deadlock
	 * or a duplicate is rolled back and judged again quietly (UsageJobs), so none is
	 * expected.
	 */
	private static List<String> unexpectedErrors(PortalProcess portal) {
		return portal.output().stream().filter((line) -> line.contains(" ERROR ")).toList();
	}

}

package io.sellercenter.saas;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.sellercenter.product.ChargingMode;
import io.sellercenter.product.InterfaceReadiness;
import io.sellercenter.product.ProductListed;
import io.sellercenter.product.ProductType;
import io.sellercenter.product.InterfaceReadiness.Check;
import io.sellercenter.product.InterfaceReadiness.Status;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.DomainTest;
import io.sellercenter.testsupport.MutableClock;
import io.sellercenter.testsupport.TestMerchantServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Debug requests, saved cases and dial tests against a real merchant interface on
 * loopback that checks the signature itself, on the real database with a clock the test
 * moves: preview and send, save and re-run, a sub-user without the product, each case
 * dialled once per slot by two sweepers at once, the failure notice, the five-day flag
 * and the readiness the product review reads.
 */
@DomainTest
@Import(DebugCaseTests.Clocks.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DebugCaseTests {

	@Autowired
	DebugService debug;

	@Autowired
	DialTests dials;

	@Autowired
	InterfaceReadiness readiness;

	@Autowired
	ProductionSetup setup;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private TestMerchantServer server;

	private MerchantId acme;

	private Actor actor;

	@BeforeAll
	void interfaceOfAcme() throws Exception {
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.MICROS));
		this.acme = new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class));
		long admin = this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = 'acme-admin'", Long.class);
		this.actor = new Actor(admin, "acme-admin", this.acme, "127.0.0.1");
		String secret = "test-secret-" + UUID.randomUUID();
		this.server = TestMerchantServer.start("ak-debug-tests", secret);
		this.setup.saveAddress(this.actor, this.server.url(), Contract.V2);
		this.setup.bind(this.actor, InterfaceType.BASIC, "ak-debug-tests", secret);
	}

	@AfterAll
	void stop() {
		this.server.close();
	}

	@BeforeEach
	void start() {
		this.server.failing(false);
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

	@Test
	void aDebugCallIsPreviewedSentWithTestFlagSavedAndReRun() {
		long product = saasProduct("ON_SALE");
		DebugService.Prepared create = this.debug.prepare(viewer(), product, "newInstance", "MOCKPERIODYEARNEW", null,
				Map.of("customerName", "  Edited Customer "));
		assertThat(create.fields()).containsEntry("orderLineId", "MOCKPERIODYEARNEW-000001")
			.containsEntry("customerName", "Edited Customer")
			.containsEntry("chargingMode", "PERIOD")
			.containsEntry("periodType", "year")
			.doesNotContainKey("instanceId");
		SignedRequest preview = this.debug.preview(viewer(), create);
		assertThat(preview.method()).isEqualTo("POST");
		assertThat(preview.uri().toString()).startsWith(this.server.url() + "/?signature=");
		assertThat(TestMerchantServer.fields(preview.bodyText())).containsEntry("activity", "newInstance")
			.containsEntry("testFlag", "1");
		assertThat(preview.curl()).startsWith("curl -sS -X POST '" + this.server.url() + "/?signature=")
			.contains("\"testFlag\":\"1\"")
			.doesNotContain("test-secret");

		SaasCaller.Result sent = this.debug.send(viewer(), create);
		assertThat(sent.outcome()).isEqualTo(Outcome.SUCCESS);
		assertThat(sent.instanceId()).isEqualTo("INST-MOCKPERIODYEARNEW-000001");
		assertThat(this.server.badSignatures()).isZero();
		assertThat(this.debug.createdInstances(viewer(), product)).containsExactly("INST-MOCKPERIODYEARNEW-000001");

		long saved = this.debug.saveCase(viewer(), this.actor, sent.callId(), "Create a yearly instance");
		DebugCase c = this.debug.find(viewer(), saved).orElseThrow();
		assertThat(c.activity()).isEqualTo("newInstance");
		assertThat(c.orderMode()).isEqualTo("PERIOD");
		assertThat(c.instanceId()).isNull();
		assertThat(c.lastOutcome()).isEqualTo(Outcome.SUCCESS);
		assertThat(TestMerchantServer.fields(c.fields())).containsEntry("customerName", "Edited Customer")
			.doesNotContainKeys("activity", "testFlag");
		assertThat(c.nextDialAt()).isEqualTo(DialTests.nextSlot(now()));
		assertThat(this.debug.cases(viewer(), product)).extracting(DebugCase::id).containsExactly(saved);

		DebugService.Prepared query = this.debug.prepare(viewer(), product, "queryInstance", "MOCKPERIODYEARNEW",
				"INST-MOCKPERIODYEARNEW-000001", Map.of());
		long queryCase = this.debug.saveCase(viewer(), this.actor, this.debug.send(viewer(), query).callId(), "Query");
		this.clock.advance(java.time.Duration.ofMinutes(1));
		assertThat(this.debug.rerun(viewer(), queryCase).orElseThrow().passed()).isTrue();
		assertThat(this.debug.runs(viewer(), queryCase)).extracting(CaseRun::kind)
			.containsExactly(CaseRunKind.DEBUG, CaseRunKind.DEBUG);
		assertThat(this.debug.rerunProduct(viewer(), product).orElseThrow()).isEqualTo(new DebugService.Summary(2, 2));
		assertThat(this.debug.runCasesOf(this.acme, product)).isEqualTo(new DebugService.Summary(2, 2));
		assertThat(this.debug.runs(viewer(), queryCase)).hasSize(4)
			.first()
			.extracting(CaseRun::kind)
			.isEqualTo(CaseRunKind.SUBMIT);
		assertThat(this.server.badSignatures()).isZero();

		assertThat(this.debug.delete(viewer(), this.actor, queryCase)).isTrue();
		assertThat(this.debug.find(viewer(), queryCase)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM saas_case_run WHERE case_id = ?", Integer.class,
				queryCase))
			.isZero();
	}

	@Test
	void badRequestsAreRefusedWithAReason() {
		long product = saasProduct("ON_SALE");
		assertRefused(() -> this.debug.prepare(viewer(), null, "newInstance", "MOCKONETIMENEW", null, Map.of()),
				"saas.debug.error.product");
		assertRefused(() -> this.debug.prepare(viewer(), product, "expireInstance", "MOCKONETIMENEW", null, Map.of()),
				"saas.debug.error.activity");
		assertRefused(() -> this.debug.prepare(viewer(), product, "newInstance", "ORDER1", null, Map.of()),
				"saas.debug.error.order");
		assertRefused(() -> this.debug.prepare(viewer(), product, "queryInstance", "MOCKONETIMENEW", " ", Map.of()),
				"saas.debug.error.instanceRequired");
		assertRefused(() -> this.debug.prepare(viewer(), product, "queryInstance", "MOCKONETIMENEW", "a b/c", Map.of()),
				"saas.debug.error.instance");
		assertRefused(() -> this.debug.prepare(viewer(), product, "newInstance", "MOCKONETIMENEW", null,
				Map.of("customerName", "x".repeat(DebugService.MAX_VALUE + 1))), "saas.debug.error.value");
		SaasCaller.Result sent = this.debug.send(viewer(),
				this.debug.prepare(viewer(), product, "newInstance", "MOCKONETIMENEW", null, Map.of()));
		assertRefused(() -> this.debug.saveCase(viewer(), this.actor, sent.callId(), " "),
				"saas.case.error.nameRequired");
		assertRefused(() -> this.debug.saveCase(viewer(), this.actor, sent.callId(), "n".repeat(61)),
				"saas.case.error.name");
		assertRefused(() -> this.debug.saveCase(viewer(), this.actor, -1, "name"), "saas.case.error.call");
		assertThat(this.debug.cases(viewer(), product)).isEmpty();
	}

	@Test
	void aSubUserWithoutTheProductSeesNoneOfItsCases() {
		long product = saasProduct("ON_SALE");
		long saved = savedCase(product, "newInstance", "MOCKONETIMENEW", null);
		long ops = this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = 'acme-ops'", Long.class);
		Viewer subUser = new Viewer(this.acme, ops, now());
		assertThat(this.debug.products(subUser)).extracting(SaasProduct::id).doesNotContain(product);
		assertThat(this.debug.cases(subUser, null)).extracting(DebugCase::id).doesNotContain(saved);
		assertThat(this.debug.find(subUser, saved)).isEmpty();
		assertThat(this.debug.rerun(subUser, saved)).isEmpty();
		assertThat(this.debug.rerunProduct(subUser, product)).isEmpty();
		assertThat(this.debug.delete(subUser, this.actor, saved)).isFalse();
		MerchantId globex = new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'globex'", Long.class));
		assertThat(this.debug.find(Viewer.wholeMerchant(globex, now()), saved)).isEmpty();
		assertThat(this.debug.find(viewer(), saved)).isPresent();
	}

	@Test
	void aSubUserWhoMayOnlyViewTheProductReRunsItsCasesButNeitherSavesNorDeletes() {
		long product = saasProduct("ON_SALE");
		long saved = savedCase(product, "newInstance", "MOCKONDEMAND", null);
		long ops = this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = 'acme-ops'", Long.class);
		this.jdbc.update("INSERT INTO product_grant (merchant_id, product_id, user_id, role, created_at)"
				+ " VALUES (?, ?, ?, 'VIEW', UTC_TIMESTAMP(6))", this.acme.value(), product, ops);
		Viewer subUser = new Viewer(this.acme, ops, now());
		assertThat(this.debug.cases(subUser, product)).extracting(DebugCase::id).containsExactly(saved);
		assertThat(this.debug.rerun(subUser, saved).orElseThrow().passed()).isTrue();
		SaasCaller.Result sent = this.debug.send(subUser,
				this.debug.prepare(subUser, product, "newInstance", "MOCKONETIMENEW", null, Map.of()));
		assertRefused(() -> this.debug.saveCase(subUser, this.actor, sent.callId(), "mine"), "saas.case.error.manage");
		assertRefused(() -> this.debug.delete(subUser, this.actor, saved), "saas.case.error.manage");
		assertThat(this.debug.find(viewer(), saved)).isPresent();
	}

	@Test
	void twoSweepersAtOnceRunEachCaseOncePerSlot() throws Exception {
		long product = saasProduct("ON_SALE");
		long delisted = saasProduct("DELISTED");
		for (String order : List.of("MOCKONETIMENEW", "MOCKONDEMAND", "MOCKPERIODYEARNEW", "MOCKMONTYRENEW")) {
			savedCase(product, "newInstance", order, null);
		}
		long offSale = savedCase(delisted, "newInstance", "MOCKONETIMENEW", null);
		LocalDateTime slot = DialTests.nextSlot(now());
		this.clock.set(slot.plusSeconds(30).toInstant(ZoneOffset.UTC));
		sweepTwiceAtOnce();
		assertThat(dialRuns(product)).isEqualTo(4);
		sweepTwiceAtOnce();
		assertThat(dialRuns(product)).as("the slot is over for every case").isEqualTo(4);
		assertThat(this.jdbc.queryForObject("SELECT MIN(next_dial_at) FROM saas_case WHERE product_id = ?",
				LocalDateTime.class, product))
			.isEqualTo(slot.plusHours(12));
		this.clock.set(slot.plusHours(12).plusSeconds(1).toInstant(ZoneOffset.UTC));
		sweepTwiceAtOnce();
		assertThat(dialRuns(product)).isEqualTo(8);
		assertThat(dialRuns(delisted)).as("products not on sale are not dialled").isZero();
		assertThat(this.debug.find(viewer(), offSale)).isPresent();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM saas_call WHERE product_id = ? AND purpose = 'DIAL' AND test_flag = 1",
				Integer.class, product))
			.isEqualTo(8);
	}

	@Test
	void aFailingDialTestNotifiesTheMerchant() {
		long product = saasProduct("ON_SALE");
		long saved = savedCase(product, "newInstance", "MOCKONETIMENEW", null);
		this.server.failing(true);
		this.clock.set(DialTests.nextSlot(now()).plusSeconds(5).toInstant(ZoneOffset.UTC));
		sweep();
		DebugCase c = this.debug.find(viewer(), saved).orElseThrow();
		assertThat(c.lastOutcome()).isEqualTo(Outcome.FAILED);
		assertThat(this.debug.runs(viewer(), saved).get(0).failure()).isEqualTo(CallFailure.HTTP_STATUS);
		assertThat(this.jdbc.queryForList(
				"SELECT args FROM notification_message WHERE event = 'SAAS_DIAL_FAILED' AND link = ?", String.class,
				"/saas/cases/" + saved))
			.singleElement()
			.asString()
			.contains("\"case\":\"case " + saved + "\"");
	}

	@Test
	void fiveFailingDaysInARowFlagTheProductAndAPassingDayClearsIt() {
		long product = saasProduct("ON_SALE");
		LocalDate first = LocalDate.now(this.clock).plusDays(400);
		this.clock.set(first.atTime(10, 0).toInstant(ZoneOffset.UTC));
		savedCase(product, "newInstance", "MOCKONETIMENEW", null);
		this.server.failing(true);
		for (int day = 0; day < 5; day++) {
			slot(first.plusDays(day).atTime(14, 0));
			slot(first.plusDays(day + 1).atTime(2, 0));
			if (day < 4) {
				assertThat(flagged(product)).as("after %d failing days", day + 1).isFalse();
			}
		}
		assertThat(flagged(product)).as("judged the fifth failing day").isTrue();
		assertThat(this.dials.flags()).extracting(DialFlag::productId).contains(product);
		assertThat(this.dials.flags()
			.stream()
			.filter((f) -> f.productId() == product)
			.findFirst()
			.orElseThrow()
			.failingDays()).isEqualTo(5);
		this.server.failing(false);
		slot(first.plusDays(5).atTime(14, 0));
		assertThat(flagged(product)).as("day five is not over").isTrue();
		slot(first.plusDays(6).atTime(2, 0));
		assertThat(flagged(product)).as("day five failed at 02:00 only").isTrue();
		slot(first.plusDays(6).atTime(14, 0));
		slot(first.plusDays(7).atTime(2, 0));
		assertThat(flagged(product)).as("day six passed").isFalse();
		assertThat(this.dials.flags()).extracting(DialFlag::productId).doesNotContain(product);
	}

	@Test
	void readinessNamesTheChecksOfEachChargingModeAndTheirLatestResults() {
		long product = saasProduct("ON_SALE");
		assertThat(this.readiness.checks(this.acme, product, Set.of(ChargingMode.ONE_TIME)))
			.extracting(Check::chargingMode, Check::activity, Check::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ONE_TIME", "newInstance", Status.MISSING),
					org.assertj.core.groups.Tuple.tuple("ONE_TIME", "queryInstance", Status.MISSING),
					org.assertj.core.groups.Tuple.tuple("ONE_TIME", "releaseInstance", Status.MISSING));
		savedCase(product, "newInstance", "MOCKMONTYRENEW", null);
		savedCase(product, "queryInstance", "MOCKMONTYRENEW", "INST-MOCKMONTYRENEW-000001");
		savedCase(product, "releaseInstance", "MOCKMONTYRENEW", "INST-NOT-CREATED");
		savedCase(product, "newInstance", "MOCKONDEMANDPKG", null);
		List<Check> checks = this.readiness.checks(this.acme, product,
				Set.of(ChargingMode.MONTHLY, ChargingMode.YEARLY, ChargingMode.PER_USE));
		assertThat(checks).extracting(Check::chargingMode, Check::activity, Check::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PERIOD", "newInstance", Status.PASSED),
					org.assertj.core.groups.Tuple.tuple("PERIOD", "queryInstance", Status.PASSED),
					org.assertj.core.groups.Tuple.tuple("PERIOD", "releaseInstance", Status.FAILED),
					org.assertj.core.groups.Tuple.tuple("PERIOD", "refreshInstance", Status.MISSING),
					org.assertj.core.groups.Tuple.tuple("PERIOD", "updateInstanceStatus", Status.MISSING),
					org.assertj.core.groups.Tuple.tuple("ON_DEMAND", "newInstance", Status.PASSED),
					org.assertj.core.groups.Tuple.tuple("ON_DEMAND", "queryInstance", Status.MISSING),
					org.assertj.core.groups.Tuple.tuple("ON_DEMAND", "releaseInstance", Status.MISSING));
		assertThat(checks.get(0).lastRunAt()).isNotNull();
		assertThat(InterfaceReadiness.ready(checks)).isFalse();
	}

	@Test
	void aNewProductsCasesAreSavedForItsApplicationAndFollowItWhenListed() {
		String name = "SaaS draft " + UUID.randomUUID().toString().substring(0, 8);
		long admin = this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = 'acme-admin'", Long.class);
		this.jdbc.update("""
				INSERT INTO product_application (merchant_id, type, kind, status, name_zh, content, created_by,
				                                 created_at, updated_at)
				VALUES (?, 'SAAS', 'CREATE', 'DRAFT', ?, JSON_OBJECT('nameZh', ?, 'nameEn', ?), ?, UTC_TIMESTAMP(6),
				        UTC_TIMESTAMP(6))""", this.acme.value(), name, name, name + " EN", admin);
		long application = this.jdbc.queryForObject("SELECT id FROM product_application WHERE name_zh = ?", Long.class,
				name);
		long subject = -application;
		assertThat(this.debug.products(viewer())).extracting(SaasProduct::id, SaasProduct::nameEn)
			.contains(org.assertj.core.groups.Tuple.tuple(subject, name + " EN"));
		savedCase(subject, "newInstance", "MOCKONETIMENEW", null);
		savedCase(subject, "queryInstance", "MOCKONETIMENEW", "INST-MOCKONETIMENEW-000001");
		savedCase(subject, "releaseInstance", "MOCKONETIMENEW", "INST-MOCKONETIMENEW-000001");
		assertThat(InterfaceReadiness.ready(this.readiness.checks(this.acme, subject, Set.of(ChargingMode.ONE_TIME))))
			.as("the application may be submitted")
			.isTrue();

		long product = saasProduct("ON_SALE");
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new ProductListed(this.acme, application, product, ProductType.SAAS)));

		assertThat(this.debug.cases(viewer(), product)).hasSize(3);
		assertThat(this.debug.cases(viewer(), subject)).isEmpty();
		assertThat(InterfaceReadiness.ready(this.readiness.checks(this.acme, product, Set.of(ChargingMode.ONE_TIME))))
			.isTrue();
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM saas_call WHERE product_id = ?", Integer.class, subject))
			.isZero();
	}

	private void slot(LocalDateTime at) {
		this.clock.set(at.plusSeconds(10).toInstant(ZoneOffset.UTC));
		sweep();
	}

	private void sweep() {
		this.dials.judgeYesterday();
		while (this.dials.runDue(50) == 50) {
			// more due
		}
	}

	private void sweepTwiceAtOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> runs = List.of(pool.submit(() -> {
				go.await();
				return this.dials.runDue(50);
			}), pool.submit(() -> {
				go.await();
				return this.dials.runDue(50);
			}));
			go.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private boolean flagged(long product) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM saas_dial_health WHERE product_id = ? AND flagged_at IS NOT NULL", Integer.class,
				product) == 1;
	}

	private int dialRuns(long product) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM saas_case_run WHERE product_id = ? AND kind = 'DIAL'",
				Integer.class, product);
	}

	private long savedCase(long product, String activity, String order, String instance) {
		SaasCaller.Result sent = this.debug.send(viewer(),
				this.debug.prepare(viewer(), product, activity, order, instance, Map.of()));
		long id = this.debug.saveCase(viewer(), this.actor, sent.callId(), "placeholder");
		this.jdbc.update("UPDATE saas_case SET name = ? WHERE id = ?", "case " + id, id);
		return id;
	}

	/** A SaaS product of Acme's, with the content of a demo product. */
	private long saasProduct(String status) {
		String name = "SaaS " + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("""
				INSERT INTO product (merchant_id, type, status, public_visible, name_zh, name_en, category, content,
				                     listed_at, updated_at)
				SELECT merchant_id, 'SAAS', ?, 1, ?, ?, category, content, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
				FROM product WHERE name_en = 'WordPress One-Click'""", status, name, name);
		return this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = ?", Long.class, name);
	}

	private void assertRefused(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(DebugRejected.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	private Viewer viewer() {
		return Viewer.wholeMerchant(this.acme, now());
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
		}

	}

}

package io.sellercenter.supervision;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.sellercenter.file.Upload;
import io.sellercenter.file.UploadRejected;
import io.sellercenter.order.NewOrder;
import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderIntake;
import io.sellercenter.order.OrderRejected;
import io.sellercenter.order.OrderStatus;
import io.sellercenter.order.OrderType;
import io.sellercenter.order.PeriodType;
import io.sellercenter.product.GrantRole;
import io.sellercenter.product.ProductGrantChanged;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.DomainTest;
import io.sellercenter.testsupport.MutableClock;
import io.sellercenter.user.SubUserService;
import io.sellercenter.user.SubUserWithdrawn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A supervised delivery from the paid order to its end, on the real database with a clock
 * the test moves: every step allowed and refused, appeals only on their grounds, frozen
 * tasks, operator decisions taken once, the order held PROCESSING and completed on
 * acceptance with its validity from the service start, working-day due times, the 180-day
 * reminder, and the figures.
 */
@DomainTest
@Import(SupervisionFlowTests.Clocks.class)
class SupervisionFlowTests {

	private static final byte[] PDF = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	OrderIntake orders;

	@Autowired
	SupervisionIntake intake;

	@Autowired
	SupervisionService service;

	@Autowired
	SupervisionAppeals appeals;

	@Autowired
	SupervisionDeadlines deadlines;

	@Autowired
	MutableClock clock;

	@Autowired
	SubUserService subUsers;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private MerchantId acme;

	private long admin;

	@BeforeEach
	void start() {
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.MICROS));
		this.acme = new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class));
		this.admin = this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = 'acme-admin'", Long.class);
	}

	@Test
	void theOrderStaysProcessingUntilTheCustomerAcceptsAndItsPeriodStartsAtTheServiceStart() {
		String line = order(OrderType.NEW);
		assertThat(step(line)).isEqualTo("AWAITING_REQUIREMENT");
		assertThat(due(line)).isEqualTo(now().plusDays(5));
		assertThatThrownBy(() -> this.orders.changeStatus(orderId(line), OrderStatus.COMPLETED, now(), null,
				"e-" + UUID.randomUUID()))
			.isInstanceOfSatisfying(OrderRejected.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(OrderRejected.Reason.CONFLICT));
		requirement(line);
		assertThat(step(line)).isEqualTo("CONFIRMING_REQUIREMENT");
		this.service.confirm(main(), actor(), line, "clear");
		assertThat(step(line)).isEqualTo("DELIVERING");
		LocalDateTime start = now().minusHours(3).truncatedTo(ChronoUnit.SECONDS);
		this.service.deliver(main(), actor(), line, delivery(start, true));
		assertThat(step(line)).isEqualTo("AWAITING_ACCEPTANCE");
		assertThat(orderStatus(line)).isEqualTo("PROCESSING");
		customer(line, CustomerStep.Type.DELIVERY_ACCEPTED, null);
		assertThat(step(line)).isEqualTo("COMPLETED");
		assertThat(orderStatus(line)).isEqualTo("COMPLETED");
		assertThat(this.jdbc.queryForObject("SELECT expire_at FROM order_line WHERE order_line_id = ?",
				LocalDateTime.class, line))
			.isEqualTo(start.plusMonths(1));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM supervision_entry e JOIN supervision_task t"
				+ " ON t.id = e.task_ref WHERE t.task_no = ?", Integer.class, line))
			.isEqualTo(5);
		assertThat(
				this.jdbc.queryForObject(
						"SELECT COUNT(*) FROM supervision_attachment a JOIN supervision_task t"
								+ " ON t.id = a.task_ref WHERE t.task_no = ? AND a.role = 'ACCEPTANCE'",
						Integer.class, line))
			.isEqualTo(1);
	}

	@Test
	void renewalsAndUnsupervisedProductsGetNoTask() {
		assertThat(taskCount(order(OrderType.RENEW))).isZero();
		String image = orderOf(OrderType.NEW, "WordPress One-Click", 1);
		assertThat(taskCount(image)).isZero();
	}

	@Test
	void eachStepIsRefusedWhereItDoesNotBelongAndChangesNothing() {
		String line = order(OrderType.NEW);
		assertRejected(() -> this.service.confirm(main(), actor(), line, null), "notAllowed");
		assertThatThrownBy(() -> customer(line, CustomerStep.Type.DELIVERY_ACCEPTED, null))
			.isInstanceOf(OrderRejected.class);
		requirement(line);
		assertThatThrownBy(() -> requirement(line)).isInstanceOf(OrderRejected.class);
		assertRejected(() -> this.service.sendBack(main(), actor(), line, " "), "textRequired");
		this.service.sendBack(main(), actor(), line, "Which stores?");
		assertThat(step(line)).isEqualTo("AWAITING_REQUIREMENT");
		requirement(line);
		this.service.confirm(main(), actor(), line, null);
		int entries = entries(line);
		assertRejected(() -> this.service.deliver(main(), actor(), line, delivery(now(), false)),
				"confirmationsRequired");
		assertRejected(() -> this.service.deliver(main(), actor(), line, delivery(now().plusDays(2), true)),
				"startOutOfRange");
		Delivery exe = new Delivery(new Upload("report.pdf", "application/pdf", "MZ\u0090\0".getBytes()), List.of(),
				now(), true, true, true, null);
		assertThatThrownBy(() -> this.service.deliver(main(), actor(), line, exe)).isInstanceOf(UploadRejected.class);
		assertThat(entries(line)).isEqualTo(entries);
		assertThat(step(line)).isEqualTo("DELIVERING");
		assertRejected(() -> this.service.appeal(main(), actor(), line, "silent", List.of(pdf())), "notAllowed");
	}

	@Test
	void theMerchantAppealsAfterTheFourthRejectionAndAFrozenTaskRefusesEveryone() {
		String line = delivered();
		for (int i = 1; i <= 3; i++) {
			customer(line, CustomerStep.Type.DELIVERY_REJECTED, "Not the stores we asked for " + i);
			assertRejected(() -> this.service.appeal(main(), actor(), line, "again", List.of(pdf())), "notAllowed");
			this.service.deliver(main(), actor(), line, delivery(now(), true));
		}
		customer(line, CustomerStep.Type.DELIVERY_REJECTED, "Still not");
		assertRejected(() -> this.service.appeal(main(), actor(), line, "unreasonable", List.of()), "proofRequired");
		this.service.appeal(main(), actor(), line, "The customer keeps rejecting a complete delivery", List.of(pdf()));
		assertThat(
				this.jdbc.queryForObject("SELECT frozen FROM supervision_task WHERE task_no = ?", Integer.class, line))
			.isEqualTo(1);
		assertThat(due(line)).isNull();
		assertRejected(() -> this.service.deliver(main(), actor(), line, delivery(now(), true)), "frozen");
		assertRejected(() -> this.service.appeal(main(), actor(), line, "again", List.of(pdf())), "frozen");
		long appeal = openAppeal(line);
		assertThat(
				this.jdbc.queryForObject("SELECT grounds FROM supervision_appeal WHERE id = ?", String.class, appeal))
			.isEqualTo("REPEATED_REJECTIONS");
		this.appeals.decide(appeal, operator(), Decision.RETURN, Step.DELIVERING, "Deliver once more, with the list");
		assertThat(step(line)).isEqualTo("DELIVERING");
		assertThat(
				this.jdbc.queryForObject("SELECT frozen FROM supervision_task WHERE task_no = ?", Integer.class, line))
			.isZero();
		assertThat(due(line)).isNotNull();
		assertThatThrownBy(() -> this.appeals.decide(appeal, operator(), Decision.COMPLETE, null, "twice"))
			.isInstanceOfSatisfying(SupervisionRejected.class, (ex) -> assertThat(ex.code()).isEqualTo("decided"));
	}

	@Test
	void theCustomersSilenceOfMoreThanFiveDaysAllowsAnAppeal() {
		String line = order(OrderType.NEW);
		this.clock.advance(Duration.ofDays(5));
		assertRejected(() -> this.service.appeal(main(), actor(), line, "silent", List.of(pdf())), "notAllowed");
		this.clock.advance(Duration.ofMinutes(1));
		this.service.appeal(main(), actor(), line, "No requirement in five days", List.of(pdf()));
		assertThat(this.jdbc.queryForObject("SELECT grounds FROM supervision_appeal WHERE id = ?", String.class,
				openAppeal(line)))
			.isEqualTo("CUSTOMER_SILENT");
		assertThatThrownBy(() -> requirement(line)).isInstanceOf(OrderRejected.class);
	}

	@Test
	void anOperatorDecidesOnceWhenTwoDecideAtTheSameTime() throws Exception {
		String line = order(OrderType.NEW);
		this.clock.advance(Duration.ofDays(6));
		this.service.appeal(main(), actor(), line, "No requirement", List.of(pdf()));
		long appeal = openAppeal(line);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (Decision decision : List.of(Decision.COMPLETE, Decision.REFUND)) {
			results.add(pool.submit(() -> {
				go.await();
				try {
					this.appeals.decide(appeal, operator(), decision, null, "decided " + decision);
					return "ok";
				}
				catch (SupervisionRejected ex) {
					return ex.code();
				}
			}));
		}
		go.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : results) {
			outcomes.add(result.get());
		}
		pool.shutdown();
		assertThat(outcomes).containsExactlyInAnyOrder("ok", "decided");
		assertThat(step(line)).isIn("COMPLETED", "CLOSED");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM supervision_entry e JOIN supervision_task t"
						+ " ON t.id = e.task_ref WHERE t.task_no = ? AND e.kind = 'APPEAL_DECIDED'",
				Integer.class, line))
			.isEqualTo(1);
		assertThat(orderStatus(line)).isEqualTo(step(line).equals("COMPLETED") ? "COMPLETED" : "CANCELLED");
	}

	@Test
	void anApprovedUnsubscribeRefundsTheLineAndClosesTheTask() {
		String line = order(OrderType.NEW);
		requirement(line);
		customer(line, CustomerStep.Type.UNSUBSCRIBE_REQUESTED, "We bought the wrong dataset");
		assertThatThrownBy(() -> customer(line, CustomerStep.Type.UNSUBSCRIBE_REQUESTED, "again"))
			.isInstanceOf(OrderRejected.class);
		String refund = this.service.approveUnsubscribe(main(), actor(), line);
		assertThat(refund).isEqualTo("U" + line);
		assertThat(step(line)).isEqualTo("CLOSED");
		assertThat(orderStatus(line)).isEqualTo("CANCELLED");
		assertThat(this.jdbc.queryForObject(
				"SELECT CONCAT(order_type, ' ', status, ' ', amount) FROM orders" + " WHERE order_id = ?", String.class,
				refund))
			.isEqualTo("UNSUBSCRIBE COMPLETED 999.00");
		assertRejected(() -> this.service.refuseUnsubscribe(main(), actor(), line, "no"), "ended");
	}

	@Test
	void aRefusedUnsubscribeKeepsTheTaskGoing() {
		String line = order(OrderType.NEW);
		customer(line, CustomerStep.Type.UNSUBSCRIBE_REQUESTED, "Changed our minds");
		assertRejected(() -> this.service.refuseUnsubscribe(main(), actor(), line, ""), "textRequired");
		this.service.refuseUnsubscribe(main(), actor(), line, "The data was prepared already");
		assertThat(step(line)).isEqualTo("AWAITING_REQUIREMENT");
		assertThat(this.jdbc.queryForObject("SELECT status FROM supervision_unsubscribe u JOIN supervision_task t"
				+ " ON t.id = u.task_ref WHERE t.task_no = ?", String.class, line))
			.isEqualTo("REFUSED");
		assertRejected(() -> this.service.approveUnsubscribe(main(), actor(), line), "noUnsubscribeRequest");
	}

	@Test
	void confirmingIsDueInWorkingDaysOfTheMerchantsServiceHours() {
		// Friday 15:00 in Shanghai (07:00 UTC): two working days of 09:00-18:00 end
		// Tuesday 15:00.
		LocalDateTime friday = LocalDateTime.now(ZoneOffset.UTC)
			.with(TemporalAdjusters.next(DayOfWeek.FRIDAY))
			.withHour(7)
			.truncatedTo(ChronoUnit.HOURS);
		this.clock.set(friday.toInstant(ZoneOffset.UTC));
		String line = order(OrderType.NEW);
		requirement(line);
		assertThat(due(line)).isEqualTo(friday.plusDays(4));
	}

	@Test
	void anOverdueStepIsToldOnceAndATaskOpenPastHalfAYearRemindsWeekly() {
		String line = order(OrderType.NEW);
		this.clock.advance(Duration.ofDays(5).plusMinutes(1));
		this.deadlines.notifyOverdue(1000);
		assertThat(flag(line, "overdue_notified")).isEqualTo(1);
		assertThat(flag(line, "ever_overdue")).isEqualTo(1);
		int told = notices(line, "SUPERVISION_OVERDUE");
		assertThat(told).isEqualTo(1);
		this.deadlines.notifyOverdue(1000);
		assertThat(notices(line, "SUPERVISION_OVERDUE")).isEqualTo(1);
		this.clock.advance(Duration.ofDays(176));
		this.deadlines.remind(1000);
		assertThat(notices(line, "SUPERVISION_REMINDER")).isEqualTo(1);
		this.clock.advance(Duration.ofDays(6));
		this.deadlines.remind(1000);
		assertThat(notices(line, "SUPERVISION_REMINDER")).isEqualTo(1);
		this.clock.advance(Duration.ofDays(1));
		this.deadlines.remind(1000);
		assertThat(notices(line, "SUPERVISION_REMINDER")).isEqualTo(2);
	}

	@Test
	void theFiguresFollowEveryTaskOfTheProduct() {
		long product = productId("Retail Footfall Dataset");
		SupervisionFigures.Figure before = figure(product);
		String accepted = delivered();
		customer(accepted, CustomerStep.Type.DELIVERY_REJECTED, "no");
		this.service.deliver(main(), actor(), accepted, delivery(now(), true));
		this.clock.advance(Duration.ofHours(30));
		customer(accepted, CustomerStep.Type.DELIVERY_ACCEPTED, null);
		SupervisionFigures.Figure after = figure(product);
		assertThat(after.tasks()).isEqualTo(before.tasks() + 1);
		assertThat(after.accepted()).isEqualTo(before.accepted() + 1);
		String counts = this.jdbc.queryForObject(
				"SELECT CONCAT(deliveries, '/', rejections) FROM supervision_figure" + " WHERE product_id = ?",
				String.class, product);
		assertThat(counts).matches("\\d+/\\d+");
		assertThat(this.jdbc.queryForObject(
				"SELECT tasks FROM supervision_acceptance_hours WHERE product_id = ?" + " AND hours = 30", Long.class,
				product))
			.isPositive();
		assertThat(after.rejectionRate()).isNotNull();
	}

	@Test
	void tasksFollowTheGrantsAndTheSubUsersAsTicketsDo() {
		String line = order(OrderType.NEW);
		long product = productId("Retail Footfall Dataset");
		assertThat(handler(line)).as("the dataset's primary handler").isEqualTo("acme-support");
		// As if the task had come before the product had a primary handler.
		this.jdbc.update("UPDATE supervision_task SET handler_user_id = ? WHERE task_no = ?", this.admin, line);
		String name = "tmp-sv-" + UUID.randomUUID().toString().substring(0, 8);
		long helper = this.subUsers.register(this.acme, name, "Temp Handler", java.util.Set.of(), actor());
		this.transactions.executeWithoutResult((tx) -> this.events
			.publishEvent(new ProductGrantChanged(this.acme, product, helper, GrantRole.SERVE, true, false, actor())));
		assertThat(handler(line)).as("a new primary handler takes the main account's open tasks").isEqualTo(name);
		this.transactions.executeWithoutResult(
				(tx) -> this.events.publishEvent(new SubUserWithdrawn(this.acme, helper, false, actor())));
		assertThat(handler(line)).as("disabled: back to the product's primary handler").isEqualTo("acme-support");
		assertThat(
				this.jdbc.queryForObject(
						"SELECT COUNT(*) FROM supervision_entry e JOIN supervision_task t"
								+ " ON t.id = e.task_ref WHERE t.task_no = ? AND e.kind = 'HANDED_OVER'",
						Integer.class, line))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE action = 'SUPERVISION_HANDED_OVER'" + " AND target_id = ?",
				Integer.class, line))
			.isEqualTo(2);
	}

	// fixtures

	private String order(OrderType type) {
		return orderOf(type, "Retail Footfall Dataset", 5);
	}

	private String orderOf(OrderType type, String productNameEn, long specId) {
		String id = UUID.randomUUID().toString().substring(0, 12);
		long product = productId(productNameEn);
		NewOrder.Line line = new NewOrder.Line("SV-L-" + id, product, specId, OrderChargingMode.PERIOD,
				(specId == 2) ? PeriodType.YEAR : PeriodType.MONTH, 1, null, new BigDecimal("999.00"), List.of());
		NewOrder order = new NewOrder("SV-O-" + id, "acme", type, OrderStatus.PROCESSING, now(), now(), "CNY",
				new BigDecimal("999.00"), new NewOrder.Customer("cust-" + id, "Contoso Retail", "contoso"),
				List.of(line));
		this.orders.receive(order, "e-" + id);
		return "SV-L-" + id;
	}

	private String delivered() {
		String line = order(OrderType.NEW);
		requirement(line);
		this.service.confirm(main(), actor(), line, null);
		this.service.deliver(main(), actor(), line, delivery(now(), true));
		return line;
	}

	private void requirement(String line) {
		this.intake.customerStep(line,
				new CustomerStep(CustomerStep.Type.REQUIREMENT_SUBMITTED, "Footfall of our 12 Shanghai stores, hourly",
						"Contoso Retail (Shanghai) Co., Ltd.", "Li Lei", "+86 21 5555 0100", null, List.of(pdf())),
				"e-" + UUID.randomUUID());
	}

	private void customer(String line, CustomerStep.Type type, String text) {
		this.intake.customerStep(line, new CustomerStep(type, text, null, null, null, null, List.of()),
				"e-" + UUID.randomUUID());
	}

	private static Delivery delivery(LocalDateTime start, boolean ticked) {
		return new Delivery(pdf(), List.of(pdf()), start, ticked, ticked, ticked, "Delivered as agreed");
	}

	private static Upload pdf() {
		return new Upload("acceptance.pdf", "application/pdf", PDF);
	}

	private Viewer main() {
		return new Viewer(this.acme, null, now());
	}

	private Actor actor() {
		return new Actor(this.admin, "acme-admin", this.acme, "127.0.0.1");
	}

	private static Actor operator() {
		return new Actor(null, "op-alice", null, "127.0.0.1");
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static void assertRejected(Runnable step, String code) {
		assertThatThrownBy(step::run).isInstanceOfSatisfying(SupervisionRejected.class,
				(ex) -> assertThat(ex.code()).isEqualTo(code));
	}

	private String step(String line) {
		return this.jdbc.queryForObject("SELECT step FROM supervision_task WHERE task_no = ?", String.class, line);
	}

	private String handler(String line) {
		return this.jdbc.queryForObject("SELECT u.user_name FROM supervision_task t JOIN portal_user u"
				+ " ON u.id = t.handler_user_id WHERE t.task_no = ?", String.class, line);
	}

	private LocalDateTime due(String line) {
		return this.jdbc.queryForObject("SELECT due_at FROM supervision_task WHERE task_no = ?", LocalDateTime.class,
				line);
	}

	private int flag(String line, String column) {
		return this.jdbc.queryForObject("SELECT " + column + " FROM supervision_task WHERE task_no = ?", Integer.class,
				line);
	}

	private int entries(String line) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM supervision_entry e JOIN supervision_task t"
				+ " ON t.id = e.task_ref WHERE t.task_no = ?", Integer.class, line);
	}

	/** How many times the event was told about the task (to however many people). */
	private int notices(String line, String event) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(DISTINCT created_at) FROM notification_message WHERE event = ? AND args LIKE ?",
				Integer.class, event, "%" + line + "%");
	}

	private int taskCount(String line) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM supervision_task WHERE task_no = ?", Integer.class, line);
	}

	private String orderId(String line) {
		return this.jdbc.queryForObject("SELECT o.order_id FROM orders o JOIN order_line l ON l.order_ref = o.id"
				+ " WHERE l.order_line_id = ?", String.class, line);
	}

	private String orderStatus(String line) {
		return this.jdbc.queryForObject(
				"SELECT o.status FROM orders o JOIN order_line l ON l.order_ref = o.id" + " WHERE l.order_line_id = ?",
				String.class, line);
	}

	private long openAppeal(String line) {
		return this.jdbc.queryForObject("SELECT a.id FROM supervision_appeal a JOIN supervision_task t"
				+ " ON t.id = a.task_ref WHERE t.task_no = ? AND a.status = 'OPEN'", Long.class, line);
	}

	private long productId(String nameEn) {
		return this.jdbc.queryForObject("SELECT id FROM product WHERE merchant_id = ? AND name_en = ?", Long.class,
				this.acme.value(), nameEn);
	}

	private SupervisionFigures.Figure figure(long product) {
		return this.service.figures(main())
			.products()
			.stream()
			.filter((f) -> f.productId() == product)
			.findFirst()
			.orElse(new SupervisionFigures.Figure(product, null, null, 0, 0, null, null, null, null));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
		}

	}

}

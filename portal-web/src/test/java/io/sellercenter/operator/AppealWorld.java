package io.sellercenter.operator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import io.sellercenter.file.Upload;
import io.sellercenter.order.NewOrder;
import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderIntake;
import io.sellercenter.order.OrderStatus;
import io.sellercenter.order.OrderType;
import io.sellercenter.product.Viewer;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.supervision.CustomerStep;
import io.sellercenter.supervision.Delivery;
import io.sellercenter.supervision.SupervisionIntake;
import io.sellercenter.supervision.SupervisionService;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A merchant of a test's own with one data-file product, and its supervised tasks taken
 * the way the platform and the merchant take them (a paid order, the customer's
 * requirement, deliveries and rejections) up to an open appeal, so the operator pages
 * read what the domain really wrote.
 */
final class AppealWorld {

	static final byte[] PDF = "%PDF-1.4\n% a test document\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

	final String domain;

	final String mainUser;

	final String merchantName;

	final long merchantId;

	final long productId;

	final long specId;

	private final JdbcTemplate jdbc;

	private final OrderIntake orders;

	private final SupervisionIntake intake;

	private final SupervisionService service;

	private final Clock clock;

	private final TestUsers users;

	AppealWorld(JdbcTemplate jdbc, OrderIntake orders, SupervisionIntake intake, SupervisionService service,
			Clock clock) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.intake = intake;
		this.service = service;
		this.clock = clock;
		this.users = new TestUsers(jdbc);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.domain = "t-" + tag;
		this.mainUser = "main-" + tag;
		this.merchantName = "Appeal Test " + tag;
		jdbc.update(
				"INSERT INTO merchant (domain_id, name, certification, created_at, updated_at)"
						+ " VALUES (?, ?, 'CERTIFIED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
				this.domain, this.merchantName);
		this.merchantId = jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, this.domain);
		jdbc.update(
				"INSERT INTO portal_user (merchant_id, domain_id, user_name, account_type, display_name, status,"
						+ " registered_at) VALUES (?, ?, ?, 'MAIN', 'Dana Data', 'ACTIVE', UTC_TIMESTAMP(6))",
				this.merchantId, this.domain, this.mainUser);
		jdbc.update(
				"INSERT INTO product (merchant_id, type, status, public_visible, name_zh, name_en, category, content,"
						+ " listed_at, updated_at) VALUES (?, 'DATA_FILE', 'ON_SALE', 1, '气象数据集', 'Weather data set', 'WEBSITE',"
						+ " '{}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
				this.merchantId);
		this.productId = jdbc.queryForObject("SELECT MAX(id) FROM product WHERE merchant_id = ?", Long.class,
				this.merchantId);
		jdbc.update("INSERT INTO product_spec (merchant_id, product_id, position, name_zh, name_en, charging_mode,"
				+ " price, currency, on_sale, created_at) VALUES (?, ?, 1, '全量', 'Full', 'ONE_TIME', 500.00, 'CNY', 1,"
				+ " UTC_TIMESTAMP(6))", this.merchantId, this.productId);
		this.specId = jdbc.queryForObject("SELECT MAX(id) FROM product_spec WHERE product_id = ?", Long.class,
				this.productId);
	}

	/** A paid order of the product: its one line is a task, numbered as the line. */
	String paidOrder() {
		String orderId = "ord-" + UUID.randomUUID().toString().substring(0, 12);
		LocalDateTime now = now();
		this.orders.receive(new NewOrder(orderId, this.domain, OrderType.NEW, OrderStatus.PROCESSING,
				now.minusMinutes(5), now.minusMinutes(4), "CNY", new BigDecimal("500.00"),
				new NewOrder.Customer("c-" + orderId, "Wang Customer", "wang"),
				List.of(new NewOrder.Line(orderId + "-1", this.productId, this.specId, OrderChargingMode.ONE_TIME, null,
						null, null, new BigDecimal("500.00"), List.of("ins-" + orderId)))),
				"evt-" + orderId);
		return orderId;
	}

	/**
	 * A task up to an open appeal: requirement, confirmation, a delivery and four
	 * rejections each answered by a new delivery, then the merchant's appeal.
	 * @return the task's number
	 */
	String appealedTask() {
		String task = paidOrder() + "-1";
		customer(task, new CustomerStep(CustomerStep.Type.REQUIREMENT_SUBMITTED, "Hourly data for Shanghai",
				"Wang Trading Co., Ltd.", "Wang", "13800000000", "wang@example.com", List.of()));
		this.service.confirm(viewer(), actor(), task, "Confirmed");
		deliver(task);
		for (int i = 1; i <= 4; i++) {
			customer(task, new CustomerStep(CustomerStep.Type.DELIVERY_REJECTED, "Not what we asked for " + i, null,
					null, null, null, List.of()));
			deliver(task);
		}
		this.service.appeal(viewer(), actor(), task, "The customer keeps rejecting a complete delivery",
				List.of(new Upload("proof.pdf", "application/pdf", PDF)));
		return task;
	}

	/**
	 * A task whose customer asked to unsubscribe, with the merchant's refusal.
	 * @return the task's number
	 */
	String refusedUnsubscribe(String reason, String refusal) {
		String task = paidOrder() + "-1";
		customer(task,
				new CustomerStep(CustomerStep.Type.UNSUBSCRIBE_REQUESTED, reason, null, null, null, null, List.of()));
		this.service.refuseUnsubscribe(viewer(), actor(), task, refusal);
		return task;
	}

	long appealOf(String task) {
		return this.jdbc
			.queryForObject("SELECT a.id FROM supervision_appeal a JOIN supervision_task t ON t.id = a.task_ref"
					+ " WHERE t.task_no = ? ORDER BY a.id DESC LIMIT 1", Long.class, task);
	}

	String step(String task) {
		return this.jdbc.queryForObject("SELECT step FROM supervision_task WHERE task_no = ?", String.class, task);
	}

	boolean frozen(String task) {
		return this.jdbc.queryForObject("SELECT frozen FROM supervision_task WHERE task_no = ?", Boolean.class, task);
	}

	String orderStatus(String orderId) {
		return this.jdbc.queryForObject("SELECT status FROM orders WHERE order_id = ?", String.class, orderId);
	}

	private void deliver(String task) {
		this.service.deliver(viewer(), actor(), task, new Delivery(new Upload("acceptance.pdf", "application/pdf", PDF),
				List.of(), now().minusMinutes(1), true, true, true, "Delivered"));
	}

	private void customer(String task, CustomerStep step) {
		this.intake.customerStep(task, step, "evt-" + UUID.randomUUID());
	}

	private Viewer viewer() {
		return Viewer.wholeMerchant(new MerchantId(this.merchantId), now());
	}

	private Actor actor() {
		return this.users.current(this.mainUser).actor("127.0.0.1");
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}

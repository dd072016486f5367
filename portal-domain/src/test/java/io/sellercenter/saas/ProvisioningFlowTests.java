package io.sellercenter.saas;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sellercenter.order.InstanceAction;
import io.sellercenter.order.NewOrder;
import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderIntake;
import io.sellercenter.order.OrderStatus;
import io.sellercenter.order.OrderType;
import io.sellercenter.order.PeriodType;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.DomainTest;
import io.sellercenter.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provisioning of SaaS order lines on the real database, against a merchant's server on
 * loopback that checks the V2 signature itself (computed here, apart from the portal's
 * code), with a clock the test moves: the create and its instance, idempotence, hourly
 * retries for 3 hours and then the failure told, call again, polling after "processing",
 * freezes and releases, and several runners calling each item once.
 */
@DomainTest
@Import(ProvisioningFlowTests.Clocks.class)
class ProvisioningFlowTests {

	private static final String ACCESS_KEY = "ak-flow-test";

	private static final String SECRET = "flow-test-secret";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	OrderIntake orders;

	@Autowired
	ProvisionRunner runner;

	@Autowired
	InterfaceMessages messages;

	@Autowired
	ProductionSetup setup;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	private HttpServer server;

	/** Calls that verified, as the merchant received them. */
	private final List<JsonNode> received = new CopyOnWriteArrayList<>();

	private volatile Function<JsonNode, String> answers = ProvisioningFlowTests::correct;

	private MerchantId acme;

	@BeforeEach
	void start() throws Exception {
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.MICROS));
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::merchant);
		this.server.setExecutor(Executors.newFixedThreadPool(4));
		this.server.start();
		this.acme = new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class));
		Actor actor = Actor.system("test", this.acme);
		this.setup.saveAddress(actor, "http://localhost:" + this.server.getAddress().getPort(), Contract.V2);
		this.setup.bind(actor, InterfaceType.BASIC, ACCESS_KEY, SECRET);
		// Work of earlier tests is not this test's business.
		this.jdbc.update("UPDATE saas_provision SET next_at = NULL");
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void aPaidLineIsCreatedByTheMerchantAndItsInstanceStoredOnce() {
		String line = order();

		assertThat(this.runner.runDue(10)).isEqualTo(1);

		JsonNode call = this.received.get(0);
		assertThat(call.get("activity").asString()).isEqualTo("newInstance");
		assertThat(call.get("orderLineId").asString()).isEqualTo(line);
		assertThat(call.get("customerName").asString()).isEqualTo("Flow Buyer Ltd");
		assertThat(call.get("chargingMode").asString()).isEqualTo("PERIOD");
		assertThat(call.get("periodType").asString()).isEqualTo("month");
		assertThat(call.has("testFlag")).as("a production call").isFalse();
		assertThat(instance(line)).isEqualTo("inst-" + line);
		assertThat(state(line)).isEqualTo("DONE");
		assertThat(this.runner.runDue(10)).isZero();
		assertThat(this.received).hasSize(1);
	}

	@Test
	void aFailingCreateIsRetriedHourlyForThreeHoursThenFailsAndIsTold() {
		this.answers = (call) -> "{\"resultCode\":\"000005\",\"resultMsg\":\"down\"}";
		String line = order();

		this.runner.runDue(10);
		later(Duration.ofMinutes(30));
		assertThat(this.runner.runDue(10)).as("not due before the hour").isZero();
		for (int hour = 1; hour <= 3; hour++) {
			later((hour == 1) ? Duration.ofMinutes(30) : Duration.ofHours(1));
			assertThat(this.runner.runDue(10)).as("hour " + hour).isEqualTo(1);
			assertThat(state(line)).isEqualTo(hour < 3 ? "PENDING" : "FAILED");
		}
		assertThat(this.received).hasSize(4);
		assertThat(instance(line)).isNull();
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM notification_message n JOIN portal_user u ON u.id = n.user_id
				WHERE u.user_name = 'acme-admin' AND n.event = 'SAAS_CALL_FAILED' AND n.args LIKE ?""", Integer.class,
				"%" + line + "%"))
			.isOne();
		assertThat(this.messages
			.page(Viewer.wholeMerchant(this.acme, now()), new MessageFilter(null, null, orderId(line), null, null),
					io.sellercenter.shared.PageRequest.of(1))
			.items()).hasSize(4).allSatisfy((message) -> {
				assertThat(message.failure()).isEqualTo(CallFailure.RESULT_CODE);
				assertThat(message.resultCode()).isEqualTo("000005");
				assertThat(message.state()).isEqualTo(ProvisionState.FAILED);
			});

		this.answers = ProvisioningFlowTests::correct;
		long work = this.jdbc.queryForObject("SELECT id FROM saas_provision WHERE order_line_id = ?", Long.class, line);
		assertThat(
				this.messages.callAgain(Actor.system("test", this.acme), Viewer.wholeMerchant(this.acme, now()), work))
			.hasValueSatisfying((result) -> assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS));
		assertThat(state(line)).isEqualTo("DONE");
		assertThat(instance(line)).isEqualTo("inst-" + line);
	}

	@Test
	void aProcessingAnswerIsPolledWithQueryInstanceUntilTheInstanceIsThere() {
		this.answers = (call) -> "newInstance".equals(call.get("activity").asString())
				? "{\"resultCode\":\"000004\",\"resultMsg\":\"working\"}" : correct(call);
		String line = order();

		this.runner.runDue(10);
		assertThat(state(line)).isEqualTo("POLLING");
		later(Duration.ofMinutes(1));
		this.runner.runDue(10);

		assertThat(this.received.get(1).get("activity").asString()).isEqualTo("queryInstance");
		assertThat(this.received.get(1).get("orderLineId").asString()).isEqualTo(line);
		assertThat(state(line)).isEqualTo("DONE");
		assertThat(instance(line)).isEqualTo("inst-" + line);
	}

	@Test
	void freezesExpiriesRenewalsSpecChangesAndReleasesAreToldToTheMerchant() {
		String line = order();
		this.runner.runDue(10);
		String instance = instance(line);

		this.orders.changeInstance(instance, InstanceAction.FREEZE, now(), "ev-" + UUID.randomUUID());
		this.runner.runDue(10);
		this.orders.changeInstance(instance, InstanceAction.UNFREEZE, now(), "ev-" + UUID.randomUUID());
		this.runner.runDue(10);
		this.orders.changeInstance(instance, InstanceAction.EXPIRE, now(), "ev-" + UUID.randomUUID());
		this.runner.runDue(10);
		LocalDateTime renewedUntil = now().plusMonths(2).truncatedTo(ChronoUnit.SECONDS);
		this.orders.renewInstance(instance, renewedUntil, "ev-" + UUID.randomUUID());
		this.runner.runDue(10);
		this.orders.changeInstanceSpec(instance, 1701, "ev-" + UUID.randomUUID());
		this.runner.runDue(10);
		this.orders.changeInstance(instance, InstanceAction.RELEASE, now(), "ev-" + UUID.randomUUID());
		this.runner.runDue(10);

		assertThat(this.received)
			.extracting((call) -> call.get("activity").asString()
					+ (call.has("instanceStatus") ? ":" + call.get("instanceStatus").asString() : ""))
			.as("an expiry is a freeze in V2")
			.containsExactly("newInstance", "updateInstanceStatus:FREEZE", "updateInstanceStatus:UNFREEZE",
					"updateInstanceStatus:FREEZE", "refreshInstance", "upgradeInstance", "releaseInstance");
		assertThat(this.received.get(4).get("expireTime").asString())
			.isEqualTo(ProvisionRunner.TIME.format(renewedUntil));
		assertThat(this.received.get(4).get("periodType").asString()).isEqualTo("month");
		assertThat(this.received.get(5).get("skuCode").asString()).isEqualTo("1701");
		assertThat(this.received.subList(1, 7))
			.allSatisfy((call) -> assertThat(call.get("instanceId").asString()).isEqualTo(instance));
	}

	@Test
	void severalRunnersCallEachItemOnce() throws Exception {
		List<String> lines = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			lines.add(order());
		}
		ExecutorService pool = Executors.newFixedThreadPool(3);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> runs = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			runs.add(pool.submit(() -> {
				go.await();
				while (this.runner.runDue(2) > 0) {
					// more
				}
				return null;
			}));
		}
		go.countDown();
		for (Future<?> run : runs) {
			run.get();
		}
		pool.shutdown();

		assertThat(this.received).extracting((call) -> call.get("orderLineId").asString())
			.containsExactlyInAnyOrderElementsOf(lines);
		assertThat(lines).allSatisfy((line) -> assertThat(state(line)).isEqualTo("DONE"));
	}

	/** A correct merchant: creates (idempotent on the line) and answers the rest. */
	private static String correct(JsonNode call) {
		String activity = call.get("activity").asString();
		if (activity.equals("newInstance") || activity.equals("queryInstance")) {
			return "{\"resultCode\":\"000000\",\"resultMsg\":\"ok\",\"instanceId\":\"inst-"
					+ call.get("orderLineId").asString() + "\"}";
		}
		return "{\"resultCode\":\"000000\",\"resultMsg\":\"ok\"}";
	}

	private void merchant(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		Map<String, String> query = new java.util.HashMap<>();
		for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
			String[] kv = pair.split("=", 2);
			query.put(kv[0], kv[1]);
		}
		String expected = hmac(ACCESS_KEY + query.get("nonce") + query.get("timestamp") + hmac(body));
		String answer;
		if (!expected.equals(query.get("signature"))) {
			answer = "{\"resultCode\":\"000001\",\"resultMsg\":\"bad signature\"}";
		}
		else {
			JsonNode call = JSON.readTree(body);
			this.received.add(call);
			answer = this.answers.apply(call);
		}
		byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static String hmac(String data) {
		return hmac(data.getBytes(StandardCharsets.UTF_8));
	}

	private static String hmac(byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(data));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String order() {
		String id = "SAAS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		LocalDateTime paid = now();
		this.orders.receive(
				new NewOrder(id, "acme", OrderType.NEW, OrderStatus.PROCESSING, paid, paid, "CNY",
						new BigDecimal("99.00"), new NewOrder.Customer("c-" + id, "Flow Buyer Ltd", "flow-buyer"),
						List.of(new NewOrder.Line(id + "-000001", 1701, 1702, OrderChargingMode.PERIOD,
								PeriodType.MONTH, 1, paid.plusMonths(1), new BigDecimal("99.00"), List.of()))),
				"ev-" + id);
		return id + "-000001";
	}

	private String state(String line) {
		return this.jdbc.queryForObject(
				"SELECT state FROM saas_provision WHERE order_line_id = ? AND activity = 'NEW_INSTANCE'", String.class,
				line);
	}

	private String instance(String line) {
		List<String> ids = this.jdbc.queryForList("SELECT i.instance_id FROM order_instance i"
				+ " JOIN order_line l ON l.id = i.line_ref WHERE l.order_line_id = ?", String.class, line);
		assertThat(ids).hasSizeLessThanOrEqualTo(1);
		return ids.isEmpty() ? null : ids.get(0);
	}

	private static String orderId(String line) {
		return line.substring(0, line.length() - "-000001".length());
	}

	private void later(Duration duration) {
		this.clock.set(this.clock.instant().plus(duration));
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC);
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

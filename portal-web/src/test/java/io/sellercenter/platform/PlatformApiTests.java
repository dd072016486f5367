package io.sellercenter.platform;

import java.util.List;
import java.util.UUID;

import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The platform API with real tokens of the development provider: who may call it, orders
 * and their idempotency, field messages, and that a refused call stores nothing.
 */
@Tag("attack")
@PortalTest
class PlatformApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void callWithoutTokenOrWithBadTokenIsUnauthorized() throws Exception {
		this.mvc.perform(post("/api/platform/v1/orders").contentType(MediaType.APPLICATION_JSON).content(order(id())))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists("WWW-Authenticate"));
		this.mvc
			.perform(post("/api/platform/v1/orders").header("Authorization", "Bearer not-a-token")
				.contentType(MediaType.APPLICATION_JSON)
				.content(order(id())))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/platform/v1/products?merchant=acme").header("Authorization", "Basic YTpi"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void tokenWithoutPlatformScopeIsForbidden() throws Exception {
		String other = PlatformClient.tokenWithScopes("openid", "profile");
		this.mvc
			.perform(post("/api/platform/v1/orders").header("Authorization", "Bearer " + other)
				.contentType(MediaType.APPLICATION_JSON)
				.content(order(id())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/platform/v1/products?merchant=acme").header("Authorization", "Bearer " + other))
			.andExpect(status().isForbidden());
	}

	@Test
	void tokenOfAnotherClientWithThePlatformScopeIsUnauthorized() throws Exception {
		String portalClient = PlatformClient.tokenFor("seller-portal", List.of("seller-portal"), "platform");
		this.mvc
			.perform(get("/api/platform/v1/products?merchant=acme").header("Authorization", "Bearer " + portalClient))
			.andExpect(status().isUnauthorized());
		String noAudience = PlatformClient.tokenFor("some-tool", List.of(), "platform");
		this.mvc.perform(get("/api/platform/v1/products?merchant=acme").header("Authorization", "Bearer " + noAudience))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void tokenNamingThePlatformClientOnlyAsAuthorizedPartyIsAccepted() throws Exception {
		// Keycloak's client-credentials tokens carry no audience of the client by
		// default.
		String keycloakStyle = PlatformClient.tokenFor("marketplace-platform", List.of(), "platform");
		this.mvc
			.perform(get("/api/platform/v1/products?merchant=acme").header("Authorization", "Bearer " + keycloakStyle))
			.andExpect(status().isOk());
	}

	@Test
	void bodiesBeyondTheApisBoundsAreRefusedAsBadInput() throws Exception {
		String token = PlatformClient.token();
		String deep = "{\"event_id\":\"e-deep\",\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
		this.mvc
			.perform(post("/api/platform/v1/orders").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(deep))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message")
				.value("the body exceeds the API's limits (nesting, or the length of a number, a string or a name)"));
		String longNumber = "{\"event_id\":\"e-num\",\"amount\":1" + "0".repeat(1000) + "}";
		this.mvc
			.perform(post("/api/platform/v1/orders").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(longNumber))
			.andExpect(status().isBadRequest());
	}

	@Test
	void sessionOfASignedInMerchantDoesNotReachTheApi() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("SPRING_SECURITY_CONTEXT",
				new SecurityContextImpl(new TestUsers(this.jdbc).authentication("acme-admin")));
		this.mvc.perform(get("/api/platform/v1/products?merchant=acme").session(session))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void createdOrderIsStoredWithLinesInstancesAndHistory() throws Exception {
		String orderId = id();
		call(post("/api/platform/v1/orders"), order(orderId)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.order_id").value(orderId))
			.andExpect(jsonPath("$.merchant").value("acme"))
			.andExpect(jsonPath("$.status").value("PROCESSING"));

		assertThat(this.jdbc.queryForMap("""
				SELECT o.order_type, o.status, o.amount, o.customer_name, m.domain_id
				FROM orders o JOIN merchant m ON m.id = o.merchant_id WHERE o.order_id = ?""", orderId))
			.containsEntry("order_type", "NEW")
			.containsEntry("status", "PROCESSING")
			.containsEntry("customer_name", "北京云帆科技有限公司")
			.containsEntry("domain_id", "acme");
		assertThat(this.jdbc.queryForList("""
				SELECT i.instance_id FROM order_instance i JOIN orders o ON o.id = i.order_ref
				WHERE o.order_id = ? AND i.status = 'NORMAL' ORDER BY i.instance_id""", String.class, orderId))
			.containsExactly(orderId + "-i1", orderId + "-i2");
		assertThat(this.jdbc.queryForObject("""
				SELECT on_demand FROM order_instance WHERE instance_id = ?""", Boolean.class, orderId + "-i2"))
			.isTrue();
		assertThat(count("order_history h JOIN orders o ON o.id = h.order_ref WHERE o.order_id = '" + orderId + "'"))
			.isEqualTo(1);
	}

	@Test
	void sameEventTwiceGetsTheFirstAnswerAndChangesNothing() throws Exception {
		String orderId = id();
		String body = order(orderId);
		String first = call(post("/api/platform/v1/orders"), body).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = call(post("/api/platform/v1/orders"), body.replace("\n", " ")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).isEqualTo(first);
		assertThat(count("orders WHERE order_id = '" + orderId + "'")).isEqualTo(1);

		String change = """
				{"event_id": "%s", "status": "COMPLETED", "changed_at": "2026-01-02T10:00:00+08:00"}""".formatted(id());
		call(post("/api/platform/v1/orders/" + orderId + "/status"), change).andExpect(status().isOk());
		call(post("/api/platform/v1/orders/" + orderId + "/status"), change).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		assertThat(count("order_history h JOIN orders o ON o.id = h.order_ref WHERE o.order_id = '" + orderId + "'"))
			.as("one change recorded")
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("""
				SELECT h.changed_at FROM order_history h JOIN orders o ON o.id = h.order_ref
				WHERE o.order_id = ? AND h.to_status = 'COMPLETED'""", String.class, orderId))
			.as("times are kept in UTC")
			.startsWith("2026-01-02 02:00:00");
	}

	@Test
	void sameEventWithAnotherBodyIsRefusedAndChangesNothing() throws Exception {
		String eventId = id();
		String orderId = id();
		call(post("/api/platform/v1/orders"), order(eventId, orderId, "acme")).andExpect(status().isCreated());

		String otherOrder = id();
		call(post("/api/platform/v1/orders"), order(eventId, otherOrder, "acme"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("event_id"));
		call(post("/api/platform/v1/instances/" + orderId + "-i1/freeze"), """
				{"event_id": "%s"}""".formatted(eventId)).andExpect(status().isUnprocessableContent());
		assertThat(count("orders WHERE order_id = '" + otherOrder + "'")).as("the other order not stored").isZero();
		assertThat(this.jdbc.queryForObject("SELECT status FROM order_instance WHERE instance_id = ?", String.class,
				orderId + "-i1"))
			.isEqualTo("NORMAL");
	}

	@Test
	void invalidOrderGetsAMessagePerFieldAndStoresNothing() throws Exception {
		String eventId = id();
		String body = """
				{"event_id": "%s", "order_id": "bad id!", "merchant": "acme", "order_type": "GIFT",
				 "status": "PROCESSING", "created_at": "yesterday", "currency": "yuan", "amount": -1,
				 "customer": {"id": "c1", "name": "", "account_name": "x"},
				 "lines": [{"order_line_id": "l1", "product_id": "abc", "spec_id": 0, "charging_mode": "MONTHLY",
				            "amount": "1.234", "instances": [{"instance_id": ""}]}]}""".formatted(eventId);
		call(post("/api/platform/v1/orders"), body).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("order_id", "order_type", "created_at", "currency",
					"amount", "customer.name", "lines[0].product_id", "lines[0].spec_id", "lines[0].charging_mode",
					"lines[0].amount", "lines[0].instances[0].instance_id")))
			.andExpect(jsonPath("$.errors[?(@.field == 'order_type')].message")
				.value(hasItem("must be one of [NEW, TRIAL, TRIAL_TO_FORMAL, UNSUBSCRIBE, RENEW, CHANGE]")));
		assertThat(count("platform_event WHERE event_id = '" + eventId + "'")).as("the event id stays free").isZero();

		call(post("/api/platform/v1/orders"), "{not json").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("the body is not valid JSON"));
		call(post("/api/platform/v1/orders"), "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("event_id"));
	}

	@Test
	void unknownOrForeignProductSpecOrMerchantIsRefusedPerFieldAndStoresNothing() throws Exception {
		long before = count("orders");
		String orderId = id();
		long globexProduct = productId("City Traffic Data");
		long globexSpec = specId("City Traffic Data", "Per query");
		String foreign = order(orderId).replace("\"product_id\": " + productId("WordPress One-Click"),
				"\"product_id\": " + globexProduct);
		call(post("/api/platform/v1/orders"), foreign).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].product_id"))
			.andExpect(jsonPath("$.errors[0].message").value("unknown product of merchant acme"));

		String otherSpec = order(orderId).replace("\"spec_id\": " + specId("WordPress One-Click", "Standard"),
				"\"spec_id\": " + globexSpec);
		call(post("/api/platform/v1/orders"), otherSpec).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].spec_id"));

		call(post("/api/platform/v1/orders"), order(id(), orderId, "nobody")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("merchant"))
			.andExpect(jsonPath("$.errors[0].message").value("unknown merchant"));

		String wrongMode = order(orderId).replace("\"charging_mode\": \"PERIOD\"", "\"charging_mode\": \"ONE_TIME\"");
		call(post("/api/platform/v1/orders"), wrongMode).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("lines[0].charging_mode")));

		assertThat(count("orders")).as("nothing stored").isEqualTo(before);
		assertThat(count("order_instance WHERE instance_id LIKE '" + orderId + "%'")).isZero();
	}

	@Test
	void aTrialMayBeCountedInDaysAndNothingElse() throws Exception {
		String trialId = id();
		String trial = order(id(), trialId, "acme").replace("\"order_type\": \"NEW\"", "\"order_type\": \"TRIAL\"")
			.replace("\"period_type\": \"MONTH\", \"period_number\": 1",
					"\"period_type\": \"DAY\", \"period_number\": 7");
		call(post("/api/platform/v1/orders"), trial).andExpect(status().isCreated());
		assertThat(this.jdbc.queryForObject("SELECT period_type FROM order_line WHERE order_line_id = ?", String.class,
				trialId + "-1"))
			.isEqualTo("DAY");

		String newOrderId = id();
		String byDays = order(id(), newOrderId, "acme").replace("\"period_type\": \"MONTH\", \"period_number\": 1",
				"\"period_type\": \"DAY\", \"period_number\": 7");
		call(post("/api/platform/v1/orders"), byDays).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].period_type"))
			.andExpect(jsonPath("$.errors[0].message").value("the spec is sold by MONTH"));
		assertThat(count("orders WHERE order_id = '" + newOrderId + "'")).isZero();
	}

	@Test
	void existingIdsAreRefused() throws Exception {
		String orderId = id();
		call(post("/api/platform/v1/orders"), order(orderId)).andExpect(status().isCreated());
		call(post("/api/platform/v1/orders"), order(id(), orderId, "acme")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(hasItems("lines[0].order_line_id", "lines[0].instances[0].instance_id")));
		String sameOrderNewLines = order(id(), orderId, "acme").replace(orderId + "-", orderId + "-again-");
		call(post("/api/platform/v1/orders"), sameOrderNewLines).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("order_id"));
	}

	@Test
	void statusChangesFollowTheOrderOfThings() throws Exception {
		String orderId = id();
		call(post("/api/platform/v1/orders"), order(orderId)).andExpect(status().isCreated());
		call(post("/api/platform/v1/orders/" + orderId + "/status"), """
				{"event_id": "%s", "status": "PENDING_PAYMENT"}""".formatted(id())).andExpect(status().isConflict())
			.andExpect(
					jsonPath("$.errors[0].message").value("the order is PROCESSING and cannot become PENDING_PAYMENT"));
		call(post("/api/platform/v1/orders/" + orderId + "/status"), """
				{"event_id": "%s", "status": "CANCELLED"}""".formatted(id())).andExpect(status().isOk());
		call(post("/api/platform/v1/orders/NO-SUCH-ORDER/status"), """
				{"event_id": "%s", "status": "CANCELLED"}""".formatted(id())).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.errors[0].field").value("order_id"));
		call(post("/api/platform/v1/orders/" + orderId + "/status"), """
				{"event_id": "%s", "status": "DONE"}""".formatted(id())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void instancesAreFrozenUnfrozenAndReleased() throws Exception {
		String orderId = id();
		String instance = orderId + "-i1";
		call(post("/api/platform/v1/orders"), order(orderId)).andExpect(status().isCreated());
		call(post("/api/platform/v1/instances/" + instance + "/unfreeze"), event()).andExpect(status().isConflict());
		call(post("/api/platform/v1/instances/" + instance + "/freeze"), event()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FROZEN"))
			.andExpect(jsonPath("$.order_id").value(orderId));
		call(post("/api/platform/v1/instances/" + instance + "/unfreeze"), event()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NORMAL"));
		call(post("/api/platform/v1/instances/" + instance + "/release"), """
				{"event_id": "%s", "changed_at": "2026-03-01T00:00:00Z"}""".formatted(id())).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RELEASED"));
		call(post("/api/platform/v1/instances/" + instance + "/freeze"), event()).andExpect(status().isConflict());
		call(post("/api/platform/v1/instances/no-such-instance/freeze"), event()).andExpect(status().isNotFound());

		assertThat(
				this.jdbc.queryForMap("SELECT status, released_at FROM order_instance WHERE instance_id = ?", instance))
			.containsEntry("status", "RELEASED")
			.containsEntry("released_at", java.time.LocalDateTime.of(2026, 3, 1, 0, 0));
		assertThat(this.jdbc.queryForList("""
				SELECT to_status FROM order_history WHERE instance_id = ? ORDER BY id""", String.class, instance))
			.containsExactly("FROZEN", "NORMAL", "RELEASED");
	}

	@Test
	void instancesExpireAreRenewedAndChangeSpec() throws Exception {
		String orderId = id();
		String instance = orderId + "-i1";
		call(post("/api/platform/v1/orders"), order(orderId)).andExpect(status().isCreated());
		call(post("/api/platform/v1/instances/" + instance + "/renew"), event()).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("expire_at")));
		call(post("/api/platform/v1/instances/" + instance + "/expire"), event()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FROZEN"));
		call(post("/api/platform/v1/instances/" + instance + "/renew"), """
				{"event_id": "%s", "expire_at": "2026-06-01T08:00:00Z"}""".formatted(id())).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FROZEN"));
		long standard = specId("WordPress One-Click", "Standard");
		long foreign = specId("City Traffic Data", "Per query");
		call(post("/api/platform/v1/instances/" + instance + "/spec"), """
				{"event_id": "%s", "spec_id": %d}""".formatted(id(), foreign)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("spec_id")));
		call(post("/api/platform/v1/instances/" + instance + "/spec"), """
				{"event_id": "%s", "spec_id": %d}""".formatted(id(), standard)).andExpect(status().isOk());

		assertThat(this.jdbc.queryForMap("SELECT status, expire_at, spec_id FROM order_instance WHERE instance_id = ?",
				instance))
			.containsEntry("status", "FROZEN")
			.containsEntry("expire_at", java.time.LocalDateTime.of(2026, 6, 1, 8, 0))
			.containsEntry("spec_id", standard);
		call(post("/api/platform/v1/instances/" + instance + "/release"), event()).andExpect(status().isOk());
		call(post("/api/platform/v1/instances/" + instance + "/renew"), """
				{"event_id": "%s", "expire_at": "2026-07-01T08:00:00Z"}""".formatted(id()))
			.andExpect(status().isConflict());
	}

	@Test
	void catalogueListsTheMerchantsProductsOnSaleWithSpecs() throws Exception {
		call(get("/api/platform/v1/products?merchant=acme&size=2"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.merchant").value("acme"))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.items.length()").value(2));
		call(get("/api/platform/v1/products?merchant=acme&size=100"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.name_en == 'WordPress One-Click')].specs[*].charging_mode")
				.value(hasItems("MONTHLY", "YEARLY", "PER_USE", "ONE_TIME")))
			.andExpect(jsonPath("$.items[?(@.name_en == 'Retail Footfall Dataset')].public").value(hasItem(false)))
			.andExpect(jsonPath("$.items[*].name_en").value(org.hamcrest.Matchers.not(hasItem("City Traffic Data"))));
		call(get("/api/platform/v1/products?merchant=nobody"), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("merchant"));
		call(get("/api/platform/v1/products"), null).andExpect(status().isBadRequest());
		call(get("/api/platform/v1/products?merchant=acme&size=1000"), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	/**
	 * A line of a SaaS product comes without instances, absent or empty (issue 17): the
	 * portal creates the instance later by calling the merchant, so the order is taken
	 * with its lines and no instance.
	 */
	@Test
	void saasLinesWithoutInstancesAreAccepted() throws Exception {
		String orderId = id();
		long crm = productId("Acme CRM Cloud");
		call(post("/api/platform/v1/orders"), """
				{
				  "event_id": "%s", "order_id": "%s", "merchant": "acme", "order_type": "NEW", "status": "PROCESSING",
				  "created_at": "2026-01-01T08:00:00Z", "paid_at": "2026-01-01T08:05:00Z", "currency": "CNY",
				  "amount": 2098.00,
				  "customer": {"id": "c-yunfan", "name": "北京云帆科技有限公司", "account_name": "yunfan"},
				  "lines": [
				    {"order_line_id": "%s-1", "product_id": %d, "spec_id": %d, "charging_mode": "ONE_TIME",
				     "amount": "1999.00"},
				    {"order_line_id": "%s-2", "product_id": %d, "spec_id": %d, "charging_mode": "PERIOD",
				     "period_type": "MONTH", "period_number": 1, "expire_time": "2026-02-01T08:00:00Z", "amount": 99.00,
				     "instances": []}
				  ]
				}""".formatted(id(), orderId, orderId, crm, specId("Acme CRM Cloud", "Perpetual licence"), orderId, crm,
				specId("Acme CRM Cloud", "Monthly")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.order_id").value(orderId));

		assertThat(this.jdbc.queryForList("""
				SELECT l.charging_mode FROM order_line l JOIN orders o ON o.id = l.order_ref
				WHERE o.order_id = ? ORDER BY l.order_line_id""", String.class, orderId)).containsExactly("ONE_TIME",
				"PERIOD");
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM order_instance i JOIN orders o ON o.id = i.order_ref WHERE o.order_id = ?""",
				Long.class, orderId))
			.isZero();
	}

	private ResultActions call(MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", "Bearer " + PlatformClient.token());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	private String order(String orderId) {
		return order(id(), orderId, "acme");
	}

	/**
	 * An order of Acme's WordPress: a monthly line with one instance and an on-demand
	 * line with another.
	 */
	private String order(String eventId, String orderId, String merchant) {
		return """
				{
				  "event_id": "%s", "order_id": "%s", "merchant": "%s", "order_type": "NEW", "status": "PROCESSING",
				  "created_at": "2026-01-01T08:00:00Z", "paid_at": "2026-01-01T08:05:00Z", "currency": "CNY",
				  "amount": 120.50,
				  "customer": {"id": "c-yunfan", "name": "北京云帆科技有限公司", "account_name": "yunfan"},
				  "lines": [
				    {"order_line_id": "%s-1", "product_id": %d, "spec_id": %d, "charging_mode": "PERIOD",
				     "period_type": "MONTH", "period_number": 1, "expire_time": "2026-02-01T08:00:00Z", "amount": "120.00",
				     "instances": [{"instance_id": "%s-i1"}]},
				    {"order_line_id": "%s-2", "product_id": %d, "spec_id": %d, "charging_mode": "ON_DEMAND",
				     "amount": 0.5, "instances": [{"instance_id": "%s-i2"}]}
				  ]
				}"""
			.formatted(eventId, orderId, merchant, orderId, productId("WordPress One-Click"),
					specId("WordPress One-Click", "Standard"), orderId, orderId, productId("WordPress One-Click"),
					specId("WordPress One-Click", "On demand"), orderId);
	}

	private String event() {
		return "{\"event_id\": \"" + id() + "\"}";
	}

	private long productId(String nameEn) {
		return this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = ?", Long.class, nameEn);
	}

	private long specId(String product, String spec) {
		return this.jdbc.queryForObject("""
				SELECT s.id FROM product_spec s JOIN product p ON p.id = s.product_id
				WHERE p.name_en = ? AND s.name_en = ?""", Long.class, product, spec);
	}

	private long count(String fromWhere) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Long.class);
	}

	private static String id() {
		return "PT" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
	}

}

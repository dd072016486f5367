package io.sellercenter.saas;

import java.net.URI;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.sellercenter.order.OrderFixtures;
import io.sellercenter.saas.OrderQueryClient.SignedQuery;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.usage.KeyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/isv/orders/query} through the whole filter chain: signed like the
 * usage push over the raw query string, the merchant's own orders and the mock orders
 * found, anything else of anyone else not found, and every refusal with its resultCode.
 */
@Tag("attack")
@PortalTest
class OrderQueryApiTests {

	static final String PATH = "/api/v1/isv/orders/query";

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KeyService keys;

	OrderFixtures mine;

	OrderFixtures theirs;

	OrderQueryClient client;

	String tag;

	@BeforeEach
	void merchants() {
		this.tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.mine = new OrderFixtures(this.jdbc, "查询商品", "Query product");
		this.theirs = new OrderFixtures(this.jdbc, "别家商品", "Other product");
		MerchantId merchant = new MerchantId(this.mine.merchantId);
		String keyId = "oq-key-" + this.tag.toLowerCase();
		this.keys.create(merchant, "Order query", keyId, "oq-secret-" + this.tag,
				new Actor(null, "test", merchant, null));
		this.client = new OrderQueryClient(keyId, "oq-secret-" + this.tag);
	}

	@Test
	void signatureIsTheDocumentedHmacOfTheRawQueryString() {
		// Computed apart from any Java code: printf '%s'
		// 'ts=1796000000000&nonce=n-vector-1
		// &body=orderId=...' | openssl dgst -sha256 -hmac 'sk-vector' -binary | base64
		assertThat(OrderQueryClient.signature("sk-vector", 1796000000000L, "n-vector-1",
				"orderId=MOCKPERIODYEARNEW&orderLineId=MOCKPERIODYEARNEW-000001"))
			.isEqualTo("4WC70x8o5yAl4qRuMmol0a8n5gjI4k+PoCQ92lK+Zys=");
	}

	@Test
	void ownOrderIsAnsweredWithEveryLine() throws Exception {
		String orderId = twoLineOrder();

		send(this.client.sign("orderId=" + orderId)).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.resultCode").value("000000"))
			.andExpect(jsonPath("$.resultMsg").value("success"))
			.andExpect(jsonPath("$.orderInfo.orderId").value(orderId))
			.andExpect(jsonPath("$.orderInfo.orderType").value("NEW"))
			.andExpect(jsonPath("$.orderInfo.createTime").value("20261201083000"))
			.andExpect(jsonPath("$.orderInfo.customerInfo.customerId").value("c-1"))
			.andExpect(jsonPath("$.orderInfo.customerInfo.customerName").value("Query Customer"))
			.andExpect(jsonPath("$.orderInfo.customerInfo.userName").value("query_user"))
			.andExpect(jsonPath("$.orderInfo.orderLine.length()").value(2))
			.andExpect(jsonPath("$.orderInfo.orderLine[0].orderLineId").value(orderId + "-1"))
			.andExpect(jsonPath("$.orderInfo.orderLine[0].chargingMode").value("PERIOD"))
			.andExpect(jsonPath("$.orderInfo.orderLine[0].periodType").value("month"))
			.andExpect(jsonPath("$.orderInfo.orderLine[0].periodNumber").value(1))
			.andExpect(jsonPath("$.orderInfo.orderLine[0].productInfo.productId")
				.value(String.valueOf(this.mine.productId)))
			.andExpect(jsonPath("$.orderInfo.orderLine[0].productInfo.skuCode").value(String.valueOf(this.mine.specId)))
			.andExpect(jsonPath("$.orderInfo.orderLine[0].productInfo.productName").value("查询商品"))
			.andExpect(jsonPath("$.orderInfo.orderLine[1].orderLineId").value(orderId + "-2"))
			.andExpect(jsonPath("$.orderInfo.orderLine[1].chargingMode").value("ONE_TIME"))
			.andExpect(jsonPath("$.orderInfo.orderLine[1].expireTime").value("20271201083000"))
			.andExpect(jsonPath("$.orderInfo.orderLine[1].periodType").doesNotExist());
	}

	@Test
	void oneLineOfAnOrderIsAnsweredAlone() throws Exception {
		String orderId = twoLineOrder();

		send(this.client.sign("orderId=" + orderId + "&orderLineId=" + orderId + "-2"))
			.andExpect(jsonPath("$.resultCode").value("000000"))
			.andExpect(jsonPath("$.orderInfo.orderLine.length()").value(1))
			.andExpect(jsonPath("$.orderInfo.orderLine[0].orderLineId").value(orderId + "-2"));
		send(this.client.sign("orderId=" + orderId + "&orderLineId=" + orderId + "-9")).andExpect(status().isOk())
			.andExpect(jsonPath("$.resultCode").value("000003"))
			.andExpect(jsonPath("$.orderInfo").doesNotExist());
	}

	@Test
	void mockOrderIsAnsweredToEveryMerchant() throws Exception {
		String answer = send(this.client.sign("orderId=MOCKPERIODYEARNEW&orderLineId=MOCKPERIODYEARNEW-000001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resultCode").value("000000"))
			.andExpect(jsonPath("$.orderInfo.orderId").value("MOCKPERIODYEARNEW"))
			.andExpect(jsonPath("$.orderInfo.orderType").value("NEW"))
			.andExpect(jsonPath("$.orderInfo.orderLine[0].orderLineId").value("MOCKPERIODYEARNEW-000001"))
			.andExpect(jsonPath("$.orderInfo.orderLine[0].chargingMode").value("PERIOD"))
			.andExpect(jsonPath("$.orderInfo.orderLine[0].periodType").value("year"))
			.andExpect(jsonPath("$.orderInfo.orderLine[0].periodNumber").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String created = answer.replaceAll(".*\"createTime\":\"(\\d{14})\".*", "$1");
		String expires = answer.replaceAll(".*\"expireTime\":\"(\\d{14})\".*", "$1");
		assertThat(LocalDateTime.parse(expires, TIME)).isEqualTo(LocalDateTime.parse(created, TIME).plusYears(1));

		OrderQueryClient acme = new OrderQueryClient("acme-demo-key", "acme-demo-secret");
		send(acme.sign("orderId=MOCKPERIODDAYTRIAL")).andExpect(jsonPath("$.resultCode").value("000000"))
			.andExpect(jsonPath("$.orderInfo.orderType").value("TRIAL"))
			.andExpect(jsonPath("$.orderInfo.orderLine[0].periodType").value("day"));
		send(acme.sign("orderId=MOCKONDEMANDPKG")).andExpect(jsonPath("$.resultCode").value("000000"))
			.andExpect(jsonPath("$.orderInfo.orderLine[0].chargingMode").value("ON_DEMAND_PKG"));
	}

	@Test
	void anotherMerchantsOrderIsNotFoundExactlyAsAnUnknownOne() throws Exception {
		String theirs = this.theirs.order("OQTHEIRS" + this.tag, "Their Customer", "their_user",
				LocalDateTime.of(2026, 12, 1, 8, 30));

		MockHttpServletResponse foreign = send(this.client.sign("orderId=" + theirs)).andReturn().getResponse();
		MockHttpServletResponse unknown = send(this.client.sign("orderId=OQNONE" + this.tag)).andReturn().getResponse();

		assertThat(foreign.getStatus()).isEqualTo(200);
		assertThat(foreign.getContentAsString()).contains("\"resultCode\":\"000003\"")
			.doesNotContain("Their Customer")
			.isEqualTo(unknown.getContentAsString());
	}

	@Test
	void missingOrMalformedParametersAreRefused() throws Exception {
		assertRefused(this.client.sign(""), 400, "000002", "orderId is required");
		assertRefused(this.client.sign("orderLineId=X-1"), 400, "000002", "orderId is required");
		assertRefused(this.client.sign("orderId="), 400, "000002", "orderId is required");
		assertRefused(this.client.sign("orderId=" + "A".repeat(65)), 400, "000002",
				"orderId is longer than 64 characters");
		assertRefused(this.client.sign("orderId=A&orderLineId=" + "B".repeat(65)), 400, "000002",
				"orderLineId is longer than 64 characters");
		assertRefused(this.client.sign("orderId=A%27%20OR%201%3D1"), 400, "000002", "orderId holds characters");
		assertRefused(this.client.sign("orderId=A&orderId=B"), 400, "000002", "orderId must be given once");
		assertRefused(this.client.sign("orderId=A&pad=" + "x".repeat(600)), 400, "000002",
				"the query string is longer than 512 characters");
	}

	@Test
	void staleOrFutureTimestampIsRefused() throws Exception {
		assertRefused(this.client.sign("orderId=MOCKONDEMAND", System.currentTimeMillis() - 6 * 60_000, "n-old"), 401,
				"000001", "ts is more than 5 minutes");
		assertRefused(this.client.sign("orderId=MOCKONDEMAND", System.currentTimeMillis() + 6 * 60_000, "n-new"), 401,
				"000001", "ts is more than 5 minutes");
	}

	@Test
	void reusedNonceIsRefused() throws Exception {
		SignedQuery first = this.client.sign("orderId=MOCKONDEMAND", System.currentTimeMillis(), "n-" + this.tag);
		send(first).andExpect(jsonPath("$.resultCode").value("000000"));

		assertRefused(first, 401, "000001", "nonce already used");
	}

	@Test
	void badSignatureIsRefused() throws Exception {
		// Signed for a mock order, sent for another: the signature covers the query.
		SignedQuery signed = this.client.sign("orderId=MOCKONDEMAND");
		assertRefused(signed.withQuery("orderId=MOCKONETIMENEW"), 401, "000001", "signature verification failed");
		assertRefused(new OrderQueryClient(signed.accessKey(), "wrong-secret").sign("orderId=MOCKONDEMAND"), 401,
				"000001", "signature verification failed");
		assertRefused(new OrderQueryClient("no-such-key", "x").sign("orderId=MOCKONDEMAND"), 401, "000001",
				"signature verification failed");
	}

	@Test
	void missingHeadersAndDisabledKeysAreRefused() throws Exception {
		this.mvc.perform(get(URI.create(PATH + "?orderId=MOCKONDEMAND")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.resultCode").value("000001"));

		MerchantId merchant = new MerchantId(this.mine.merchantId);
		Actor actor = new Actor(null, "test", merchant, null);
		String keyId = "oq-off-" + this.tag.toLowerCase();
		this.keys.create(merchant, "Disabled", keyId, "off-secret", actor);
		this.keys.setEnabled(merchant, keyId, false, actor);
		assertRefused(new OrderQueryClient(keyId, "off-secret").sign("orderId=MOCKONDEMAND"), 401, "000001",
				"the key is disabled");
	}

	/**
	 * An order of the test's merchant: a monthly line and a one-time line valid a year.
	 */
	private String twoLineOrder() {
		String orderId = "OQ" + this.tag;
		this.mine.order(orderId, "Query Customer", "query_user", LocalDateTime.of(2026, 12, 1, 8, 30));
		long orderRef = this.jdbc.queryForObject("SELECT id FROM orders WHERE order_id = ?", Long.class, orderId);
		this.jdbc.update(
				"INSERT INTO order_line (merchant_id, order_ref, order_line_id, product_id, spec_id, charging_mode,"
						+ " expire_at, amount) VALUES (?, ?, ?, ?, ?, 'ONE_TIME', ?, 10.00)",
				this.mine.merchantId, orderRef, orderId + "-2", this.mine.productId, this.mine.specId,
				Timestamp.valueOf(LocalDateTime.of(2027, 12, 1, 8, 30)));
		return orderId;
	}

	private ResultActions send(SignedQuery query) throws Exception {
		return this.mvc.perform(get(URI.create(PATH + (query.query().isEmpty() ? "" : "?" + query.query())))
			.header("access-key", query.accessKey())
			.header("ts", query.ts())
			.header("nonce", query.nonce())
			.header("signature", query.signature()));
	}

	private void assertRefused(SignedQuery query, int status, String code, String message) throws Exception {
		send(query).andExpect(status().is(status))
			.andExpect(jsonPath("$.resultCode").value(code))
			.andExpect(jsonPath("$.resultMsg").value(org.hamcrest.Matchers.startsWith(message)))
			.andExpect(jsonPath("$.orderInfo").doesNotExist());
	}

}

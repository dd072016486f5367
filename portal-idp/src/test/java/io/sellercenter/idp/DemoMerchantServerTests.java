package io.sellercenter.idp;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo merchant server over real HTTP, with the key registered from {@code idp.yml}:
 * both contracts, every activity, and the refusals.
 */
@IdpSpringBootTest
@TestPropertySource(properties = "idp.demo-merchant.slow-delay=2s")
class DemoMerchantServerTests {

	static final String KEY = "acme-saas-key";

	static final String SECRET = "acme-saas-demo-secret";

	@LocalServerPort
	int port;

	@Test
	void signatureVectorsMatchValuesComputedWithOpenssl() {
		// printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET", then over
		// key + nonce + timestamp + that hex; and for V1 with the key secret + timeStamp.
		String body = "{\"activity\":\"queryInstance\",\"orderId\":\"ORD-1\",\"orderLineId\":\"ORD-1-000001\","
				+ "\"instanceId\":\"demo-1\",\"testFlag\":\"1\"}";
		assertThat(DemoMerchantCaller.v2Signature(KEY, SECRET, "n0nce-42", "1765000000000", body))
			.isEqualTo("e48fd28b0cfed9b5b58f4970303d30f30b0b0eedd5c964e3c2e55f0d7f137af6");
		Map<String, String> v1 = Map.of("activity", "queryInstance", "instanceId", "demo-1", "orderId", "ORD-1",
				"orderLineId", "ORD-1-000001", "testFlag", "1", "timeStamp", "20251206054640000");
		assertThat(DemoMerchantCaller.v1Token(SECRET, v1)).isEqualTo("SJgWsadgWRFWPtGsfBviUNW2ne04WR3lhEVAptw+oVI=");
	}

	@Test
	void v2EveryActivityOnOneInstance() {
		DemoMerchantCaller merchant = caller();
		Map<String, String> order = newInstance(UUID.randomUUID().toString());
		Map<String, Object> created = ok(merchant.v2(KEY, SECRET, order));
		String instanceId = (String) created.get("instanceId");
		assertThat(instanceId).startsWith("demo-");
		assertThat(ok(merchant.v2(KEY, SECRET, order))).containsEntry("instanceId", instanceId);

		assertThat(ok(merchant.v2(KEY, SECRET, call("queryInstance", order, instanceId))))
			.containsEntry("instanceStatus", "NORMAL")
			.containsEntry("skuCode", "SKU-BASIC")
			.containsEntry("expireTime", "20271207000000");
		assertThat(ok(merchant.v2(KEY, SECRET, call("refreshInstance", order, instanceId, "expireTime",
				"20281207000000", "periodType", "year", "periodNumber", "1"))))
			.containsEntry("expireTime", "20281207000000");
		assertThat(ok(
				merchant.v2(KEY, SECRET, call("updateInstanceStatus", order, instanceId, "instanceStatus", "FREEZE"))))
			.containsEntry("instanceStatus", "FROZEN");
		assertThat(ok(merchant.v2(KEY, SECRET,
				call("updateInstanceStatus", order, instanceId, "instanceStatus", "UNFREEZE"))))
			.containsEntry("instanceStatus", "NORMAL");
		assertThat(ok(merchant.v2(KEY, SECRET, call("upgradeInstance", order, instanceId, "skuCode", "SKU-PRO"))))
			.containsEntry("skuCode", "SKU-PRO");
		assertThat(ok(merchant.v2(KEY, SECRET, call("releaseInstance", order, instanceId)))).containsEntry("instanceId",
				instanceId);
		ok(merchant.v2(KEY, SECRET, call("releaseInstance", order, instanceId)));
		assertThat(ok(merchant.v2(KEY, SECRET, call("queryInstance", order, instanceId))))
			.containsEntry("instanceStatus", "RELEASED");
		assertThat(code(merchant.v2(KEY, SECRET, call("upgradeInstance", order, instanceId, "skuCode", "SKU-X"))))
			.isEqualTo("000005");
	}

	@Test
	void v2UnknownInstanceAndMissingOrBadFieldsAnsweredWithTheirCodes() {
		DemoMerchantCaller merchant = caller();
		Map<String, String> order = newInstance(UUID.randomUUID().toString());
		assertThat(code(merchant.v2(KEY, SECRET, call("queryInstance", order, "demo-unknown")))).isEqualTo("000003");
		assertThat(code(merchant.v2(KEY, SECRET, call("releaseInstance", order, "demo-unknown")))).isEqualTo("000003");

		Map<String, String> noSku = new LinkedHashMap<>(order);
		noSku.remove("skuCode");
		noSku.remove("expireTime");
		Map<String, Object> missing = DemoMerchantCaller.json(merchant.v2(KEY, SECRET, noSku));
		assertThat(missing).containsEntry("resultCode", "000002").doesNotContainKey("instanceId");
		assertThat((String) missing.get("resultMsg")).contains("skuCode", "expireTime");

		Map<String, String> badTime = new LinkedHashMap<>(order);
		badTime.put("expireTime", "2027-12-07");
		assertThat(code(merchant.v2(KEY, SECRET, badTime))).isEqualTo("000002");
		assertThat(code(merchant.v2(KEY, SECRET, Map.of("activity", "dropDatabase")))).isEqualTo("000002");

		String instanceId = (String) ok(merchant.v2(KEY, SECRET, order)).get("instanceId");
		assertThat(code(
				merchant.v2(KEY, SECRET, call("updateInstanceStatus", order, instanceId, "instanceStatus", "PAUSE"))))
			.isEqualTo("000002");
		assertThat(code(merchant.v2(KEY, SECRET, call("refreshInstance", order, instanceId)))).isEqualTo("000002");

		String notJson = "activity=newInstance";
		String timestamp = String.valueOf(Instant.now().toEpochMilli());
		assertThat(code(merchant.v2Raw(notJson, DemoMerchantCaller.v2Signature(KEY, SECRET, "n1", timestamp, notJson),
				timestamp, "n1")))
			.isEqualTo("000002");
	}

	@Test
	void v2RefusesTamperedBodyWrongKeyAndStaleTimestamp() {
		DemoMerchantCaller merchant = caller();
		String body = DemoMerchantCaller.JSON.writeValueAsString(newInstance("TAMPER"));
		String now = String.valueOf(Instant.now().toEpochMilli());
		String signature = DemoMerchantCaller.v2Signature(KEY, SECRET, "n2", now, body);
		assertThat(code(merchant.v2Raw(body, signature, now, "n2"))).isEqualTo("000000");

		assertThat(code(merchant.v2Raw(body.replace("SKU-BASIC", "SKU-PRO"), signature, now, "n2")))
			.isEqualTo("000001");
		assertThat(code(merchant.v2Raw(body, signature, now, "n3"))).isEqualTo("000001");
		assertThat(code(merchant.v2(KEY, "not-the-secret", newInstance("WRONG")))).isEqualTo("000001");
		assertThat(code(merchant.v2("other-key", SECRET, newInstance("WRONG")))).isEqualTo("000001");
		assertThat(code(merchant.v2Raw(body, signature.toUpperCase(), now, "n2"))).isEqualTo("000001");

		for (long offset : new long[] { -61_000, 61_000 }) {
			String off = String.valueOf(Instant.now().toEpochMilli() + offset);
			assertThat(
					code(merchant.v2Raw(body, DemoMerchantCaller.v2Signature(KEY, SECRET, "n4", off, body), off, "n4")))
				.isEqualTo("000001");
		}
		String fresh = String.valueOf(Instant.now().toEpochMilli() - 50_000);
		assertThat(
				code(merchant.v2Raw(body, DemoMerchantCaller.v2Signature(KEY, SECRET, "n5", fresh, body), fresh, "n5")))
			.isEqualTo("000000");
	}

	@Test
	void v2VerifiesTheExactBodyWhateverItsContentTypeAndOneTimeLinesNeedNoPeriod() {
		Map<String, String> oneTime = newInstance(UUID.randomUUID().toString());
		oneTime.put("chargingMode", "ONE_TIME");
		oneTime.remove("periodType");
		oneTime.remove("periodNumber");
		oneTime.remove("expireTime");
		String body = DemoMerchantCaller.JSON.writeValueAsString(oneTime);
		String now = String.valueOf(Instant.now().toEpochMilli());
		// A form content type must not make the server parse, and so lose, the signed
		// body.
		HttpResponse<String> answer = caller().v2Raw(body, DemoMerchantCaller.v2Signature(KEY, SECRET, "n6", now, body),
				now, "n6", "application/x-www-form-urlencoded");
		assertThat(ok(answer)).containsKey("instanceId");
	}

	@Test
	void v1EveryActivityIncludingExpiry() {
		DemoMerchantCaller merchant = caller();
		Map<String, String> order = newInstance(UUID.randomUUID().toString());
		String instanceId = (String) ok(merchant.v1(SECRET, order)).get("instanceId");
		assertThat(ok(merchant.v1(SECRET, order))).containsEntry("instanceId", instanceId);
		assertThat(ok(merchant.v1(SECRET, call("queryInstance", order, instanceId)))).containsEntry("instanceStatus",
				"NORMAL");
		assertThat(ok(merchant.v1(SECRET, call("refreshInstance", order, instanceId, "expireTime", "20281207000000",
				"periodType", "year", "periodNumber", "1"))))
			.containsEntry("expireTime", "20281207000000");
		assertThat(ok(merchant.v1(SECRET, call("expireInstance", order, instanceId)))).containsEntry("instanceStatus",
				"FROZEN");
		assertThat(ok(merchant.v1(SECRET, call("instanceStatus", order, instanceId)))).containsEntry("instanceStatus",
				"FROZEN");
		assertThat(
				ok(merchant.v1(SECRET, call("updateInstanceStatus", order, instanceId, "instanceStatus", "UNFREEZE"))))
			.containsEntry("instanceStatus", "NORMAL");
		assertThat(ok(merchant.v1(SECRET, call("upgradeInstance", order, instanceId, "skuCode", "SKU-PRO"))))
			.containsEntry("skuCode", "SKU-PRO");
		ok(merchant.v1(SECRET, call("releaseInstance", order, instanceId)));
		assertThat(code(merchant.v1(SECRET, call("queryInstance", order, "demo-unknown")))).isEqualTo("000003");
		assertThat(code(merchant.v2(KEY, SECRET, call("expireInstance", order, instanceId)))).isEqualTo("000002");
	}

	@Test
	void v1RefusesTamperedParametersWrongSecretAndStaleTimeStamp() {
		DemoMerchantCaller merchant = caller();
		Map<String, String> signed = new LinkedHashMap<>(call("queryInstance", newInstance("V1"), "demo-1"));
		signed.put("timeStamp", DemoMerchantCaller.V1_TIME.format(Instant.now()));
		String token = DemoMerchantCaller.v1Token(SECRET, signed);
		assertThat(code(merchant.v1Raw(signed, token))).isEqualTo("000003");

		Map<String, String> tampered = new LinkedHashMap<>(signed);
		tampered.put("instanceId", "demo-2");
		assertThat(code(merchant.v1Raw(tampered, token))).isEqualTo("000001");
		assertThat(code(merchant.v1("not-the-secret", call("queryInstance", newInstance("V1"), "demo-1"))))
			.isEqualTo("000001");
		Map<String, String> stale = new LinkedHashMap<>(signed);
		stale.put("timeStamp", DemoMerchantCaller.V1_TIME.format(Instant.now().minusSeconds(61)));
		assertThat(code(merchant.v1Raw(stale, DemoMerchantCaller.v1Token(SECRET, stale)))).isEqualTo("000001");
		assertThat(code(merchant.v1Raw(Map.of("activity", "queryInstance"), "x"))).isEqualTo("000001");
	}

	@Test
	void theProvidersOwnRootIsUnchangedAndMerchantAnswersKeepNoSession() {
		Browser browser = new Browser("http://127.0.0.1:" + this.port);
		assertThat(Browser.location(browser.get("/"))).endsWith("/login");
		assertThat(browser.post("/", Map.of("activity", "newInstance")).statusCode()).isEqualTo(403);
		HttpResponse<String> answer = caller().v2(KEY, SECRET, Map.of("activity", "queryInstance", "instanceId", "x"));
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
	}

	static Map<String, String> newInstance(String orderId) {
		Map<String, String> order = new LinkedHashMap<>();
		order.put("activity", "newInstance");
		order.put("orderId", orderId);
		order.put("orderLineId", orderId + "-000001");
		order.put("testFlag", "1");
		order.put("customerId", "cust-demo-1");
		order.put("customerName", "Demo Customer Ltd");
		order.put("productId", "12");
		order.put("skuCode", "SKU-BASIC");
		order.put("chargingMode", "PERIOD");
		order.put("periodType", "year");
		order.put("periodNumber", "1");
		order.put("expireTime", "20271207000000");
		return order;
	}

	/** The order's call of another activity on the instance, without the debug flag. */
	static Map<String, String> call(String activity, Map<String, String> order, String instanceId, String... more) {
		Map<String, String> call = new LinkedHashMap<>();
		call.put("activity", activity);
		call.put("orderId", order.get("orderId"));
		call.put("orderLineId", order.get("orderLineId"));
		call.put("instanceId", instanceId);
		for (int i = 0; i < more.length; i += 2) {
			call.put(more[i], more[i + 1]);
		}
		return call;
	}

	static Map<String, Object> ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> json = DemoMerchantCaller.json(response);
		assertThat(json).as(response.body()).containsEntry("resultCode", "000000").containsKey("resultMsg");
		return json;
	}

	static String code(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return (String) DemoMerchantCaller.json(response).get("resultCode");
	}

	private DemoMerchantCaller caller() {
		return new DemoMerchantCaller("http://127.0.0.1:" + this.port);
	}

}

package io.sellercenter.idp;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static io.sellercenter.idp.DemoMerchantServerTests.call;
import static io.sellercenter.idp.DemoMerchantServerTests.code;
import static io.sellercenter.idp.DemoMerchantServerTests.newInstance;
import static io.sellercenter.idp.DemoMerchantServerTests.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys registered and modes switched on {@code /sandbox/demo-merchant}, as a person or a
 * test does, and how the server then answers. Each test uses keys of its own, so the
 * modes never leak into other tests.
 */
@IdpSpringBootTest
@TestPropertySource(properties = "idp.demo-merchant.slow-delay=2s")
class DemoMerchantModesTests {

	@LocalServerPort
	int port;

	@Test
	void registeredKeyIsAcceptedBesideTheDemoKeyAndShownWithoutItsSecret() {
		Browser browser = browser();
		String key = register(browser, "my-secret-value");
		DemoMerchantCaller merchant = caller();
		Map<String, String> order = newInstance(UUID.randomUUID().toString());
		String instanceId = (String) ok(merchant.v2(key, "my-secret-value", order)).get("instanceId");
		assertThat(ok(merchant.v2(DemoMerchantServerTests.KEY, DemoMerchantServerTests.SECRET, order)))
			.containsEntry("instanceId", instanceId);
		ok(merchant.v1("my-secret-value", call("queryInstance", order, instanceId)));

		HttpResponse<String> page = browser.get("/sandbox/demo-merchant", "en");
		assertThat(page.body())
			.contains("Demo merchant server", key, "acme-saas-key", "newInstance", "queryInstance", "000000", "Success",
					"http://127.0.0.1:" + this.port)
			.doesNotContain("my-secret-value", "acme-saas-demo-secret");
		assertThat(browser.get("/sandbox/demo-merchant").body()).contains("演示商家服务器", "成功");
	}

	@Test
	void badFormsAreRefusedWithTheirReasonAndChangeNothing() {
		Browser browser = browser();
		String csrf = Browser.csrf(browser.get("/sandbox/demo-merchant"));
		HttpResponse<String> badKey = browser.post("/sandbox/demo-merchant/keys",
				Map.of("_csrf", csrf, "accessKey", "has space", "secret", "long-enough-secret"));
		assertThat(badKey.statusCode()).isEqualTo(400);
		assertThat(badKey.body()).contains("demo-merchant-notice");
		assertThat(browser
			.post("/sandbox/demo-merchant/keys", Map.of("_csrf", csrf, "accessKey", "short-secret", "secret", "short"))
			.statusCode()).isEqualTo(400);
		assertThat(browser
			.post("/sandbox/demo-merchant/mode",
					Map.of("_csrf", csrf, "accessKey", "nobody-" + UUID.randomUUID(), "mode", "FAIL"))
			.statusCode()).isEqualTo(400);
		assertThat(browser
			.post("/sandbox/demo-merchant/mode", Map.of("_csrf", csrf, "accessKey", "acme-saas-key", "mode", "BROKEN"))
			.statusCode()).isEqualTo(400);
		assertThat(browser.get("/sandbox/demo-merchant").body()).doesNotContain("has space", "short-secret");
		assertThat(code(caller().v2("short-secret", "short", newInstance("X")))).isEqualTo("000001");
		// Without the form's token the sandbox takes nothing, like its other forms.
		assertThat(browser().post("/sandbox/demo-merchant/mode", Map.of("accessKey", "acme-saas-key", "mode", "FAIL"))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void failModeAnswersOtherErrorOnEveryCall() {
		Browser browser = browser();
		String key = register(browser, "fail-secret-1");
		mode(browser, key, "FAIL");
		HttpResponse<String> answer = caller().v2(key, "fail-secret-1", newInstance(UUID.randomUUID().toString()));
		assertThat(DemoMerchantCaller.json(answer)).containsEntry("resultCode", "000005")
			.containsEntry("resultMsg", "demo failure")
			.doesNotContainKey("instanceId");
		assertThat(code(caller().v1("fail-secret-1", call("queryInstance", newInstance("F"), "demo-1"))))
			.isEqualTo("000005");
		mode(browser, key, "NORMAL");
		ok(caller().v2(key, "fail-secret-1", newInstance(UUID.randomUUID().toString())));
	}

	@Test
	void errorModeAnswersServerErrorWithHtml() {
		Browser browser = browser();
		String key = register(browser, "error-secret-1");
		mode(browser, key, "ERROR");
		HttpResponse<String> answer = caller().v2(key, "error-secret-1", newInstance(UUID.randomUUID().toString()));
		assertThat(answer.statusCode()).isEqualTo(500);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(answer.body()).contains("<html");
		assertThat(browser.get("/sandbox/demo-merchant", "en").body()).contains("HTTP 500", "Server error page");
	}

	@Test
	void slowModeAnswersCorrectlyAfterTheDelay() {
		Browser browser = browser();
		String key = register(browser, "slow-secret-1");
		mode(browser, key, "SLOW");
		long started = System.nanoTime();
		ok(caller().v2(key, "slow-secret-1", newInstance(UUID.randomUUID().toString())));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void processingModeAnswersProcessingOnceThenTheInstance() {
		Browser browser = browser();
		String key = register(browser, "processing-secret-1");
		mode(browser, key, "PROCESSING");
		DemoMerchantCaller merchant = caller();
		Map<String, String> order = newInstance(UUID.randomUUID().toString());
		Map<String, Object> first = DemoMerchantCaller.json(merchant.v2(key, "processing-secret-1", order));
		assertThat(first).containsEntry("resultCode", "000004").doesNotContainKey("instanceId");
		Map<String, String> byLine = Map.of("activity", "queryInstance", "orderId", order.get("orderId"), "orderLineId",
				order.get("orderLineId"));
		String instanceId = (String) ok(merchant.v2(key, "processing-secret-1", byLine)).get("instanceId");
		assertThat(instanceId).startsWith("demo-");
		assertThat(ok(merchant.v2(key, "processing-secret-1", order))).containsEntry("instanceId", instanceId);

		Map<String, String> other = newInstance(UUID.randomUUID().toString());
		assertThat(code(merchant.v2(key, "processing-secret-1", other))).isEqualTo("000004");
		assertThat(ok(merchant.v2(key, "processing-secret-1", other)).get("instanceId")).isNotNull();
		Map<String, String> unknownLine = Map.of("activity", "queryInstance", "orderId", "NEVER", "orderLineId",
				"NEVER-000001");
		assertThat(code(merchant.v2(key, "processing-secret-1", unknownLine))).isEqualTo("000003");
	}

	/**
	 * Registers a fresh key through the page, as a person does; returns its access key.
	 */
	private static String register(Browser browser, String secret) {
		String key = "key-" + UUID.randomUUID().toString().substring(0, 8);
		String csrf = Browser.csrf(browser.get("/sandbox/demo-merchant"));
		HttpResponse<String> done = browser.post("/sandbox/demo-merchant/keys",
				Map.of("_csrf", csrf, "accessKey", key, "secret", secret));
		assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
		assertThat(browser.get("/sandbox/demo-merchant", "en").body()).contains("Key " + key + " registered.");
		return key;
	}

	private static void mode(Browser browser, String key, String mode) {
		String csrf = Browser.csrf(browser.get("/sandbox/demo-merchant"));
		HttpResponse<String> done = browser.post("/sandbox/demo-merchant/mode",
				Map.of("_csrf", csrf, "accessKey", key, "mode", mode));
		assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
	}

	private Browser browser() {
		return new Browser("http://127.0.0.1:" + this.port);
	}

	private DemoMerchantCaller caller() {
		return new DemoMerchantCaller("http://127.0.0.1:" + this.port);
	}

}

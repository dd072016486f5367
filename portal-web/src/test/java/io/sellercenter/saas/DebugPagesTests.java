package io.sellercenter.saas;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.testsupport.TestMerchantServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The debugging and case pages against a merchant interface on loopback that checks the
 * signature itself: preview with curl, send and verdict in words, save, list, re-run and
 * delete; bad input answered with a reason; a sub-user without the product sees nothing
 * of it; operators' list of flagged products.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DebugPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProductionSetup setup;

	private TestMerchantServer server;

	private long product;

	@BeforeAll
	void interfaceOfAcme() throws Exception {
		MerchantId acme = new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class));
		long admin = this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = 'acme-admin'", Long.class);
		Actor actor = new Actor(admin, "acme-admin", acme, "127.0.0.1");
		String secret = "page-secret-" + UUID.randomUUID();
		this.server = TestMerchantServer.start("ak-page-tests", secret);
		this.setup.saveAddress(actor, this.server.url(), Contract.V2);
		this.setup.bind(actor, InterfaceType.BASIC, "ak-page-tests", secret);
		this.product = saasProduct();
	}

	@AfterAll
	void stop() {
		this.server.close();
	}

	@Test
	void aRequestIsPreviewedSentJudgedSavedReRunAndDeleted() throws Exception {
		Document form = page("acme-admin",
				"/saas/debug?productId=" + this.product + "&activity=newInstance" + "&orderId=MOCKONETIMENEW", "en");
		assertThat(form.selectFirst("[data-testid=field-customerName]").val()).isEqualTo("Mock Customer");
		assertThat(form.selectFirst("[data-testid=field-chargingMode]").val()).isEqualTo("ONE_TIME");
		assertThat(form.select("#orderId option[selected]").text()).contains("MOCKONETIMENEW (One-time, New purchase)");

		Document preview = send("/saas/debug/preview", "en", "field.customerName=Page+Customer");
		assertThat(preview.selectFirst("[data-testid=preview-curl]").text())
			.startsWith("curl -sS -X POST '" + this.server.url() + "/?signature=")
			.contains("\"customerName\":\"Page Customer\"", "\"testFlag\":\"1\"");
		assertThat(preview.selectFirst("[data-testid=preview-body]").wholeText()).contains("\n");
		assertThat(preview.select("[data-testid=debug-result]")).as("a preview sends nothing").isEmpty();

		Document sent = send("/saas/debug/send", "en", "field.customerName=Page+Customer");
		assertThat(sent.selectFirst("[data-testid=debug-outcome]").text()).isEqualTo("Passed");
		assertThat(sent.selectFirst("[data-testid=debug-http-status]").text()).isEqualTo("200");
		assertThat(sent.selectFirst("[data-testid=debug-result-code]").text()).isEqualTo("000000 Success");
		assertThat(sent.selectFirst("[data-testid=debug-instance]").text()).isEqualTo("INST-MOCKONETIMENEW-000001");
		assertThat(sent.selectFirst("[data-testid=debug-answer]").wholeText()).contains("\"instanceId\"");
		assertThat(sent.selectFirst("[data-testid=debug-curl]").text()).contains("testFlag");
		assertThat(this.server.badSignatures()).isZero();
		String callId = sent.selectFirst("[data-testid=save-case-form] input[name=callId]").val();

		Document zh = send("/saas/debug/send", "zh", "");
		assertThat(zh.selectFirst("[data-testid=debug-verdict]").text()).isEqualTo("通过：应答符合云市场的要求。");

		MockHttpServletResponse saved = perform(
				post("/saas/debug/save").param("callId", callId).param("name", "One-time create"), "acme-admin", "en");
		assertThat(saved.getStatus()).isEqualTo(302);
		String caseUrl = saved.getRedirectedUrl();
		assertThat(caseUrl).startsWith("/saas/cases/");
		long caseId = Long.parseLong(caseUrl.substring("/saas/cases/".length()));

		Document list = page("acme-admin", "/saas/cases?productId=" + this.product, "zh");
		assertThat(list.selectFirst("[data-testid=case-" + caseId + "]").text()).contains("One-time create", "开通实例",
				"MOCKONETIMENEW", "成功");
		Document details = page("acme-admin", caseUrl, "en");
		assertThat(details.select("[data-testid=run]")).hasSize(1);
		assertThat(details.selectFirst("[data-testid=case-fields]").text()).contains("Customer name", "Page Customer");

		assertThat(perform(post(caseUrl + "/run"), "acme-admin", "en").getStatus()).isEqualTo(302);
		assertThat(page("acme-admin", caseUrl, "en").select("[data-testid=run]")).hasSize(2);
		assertThat(
				perform(post("/saas/cases/products/" + this.product + "/run"), "acme-admin", "en").getRedirectedUrl())
			.isEqualTo("/saas/cases?productId=" + this.product);
		assertThat(page("acme-admin", caseUrl, "zh").select("[data-testid=run]")).hasSize(3);

		assertThat(page("acme-admin", "/saas/cases", "en").select("form[data-confirm]")).isNotEmpty();
		assertThat(perform(post(caseUrl + "/delete"), "acme-admin", "en").getRedirectedUrl()).isEqualTo("/saas/cases");
		assertThat(perform(get(caseUrl), "acme-admin", "en").getStatus()).isEqualTo(404);
	}

	@Test
	void badInputIsAnsweredWithAReasonAndChangesNothing() throws Exception {
		int calls = this.server.calls();
		Document noInstance = page(post("/saas/debug/send").param("productId", Long.toString(this.product))
			.param("activity", "queryInstance")
			.param("orderId", "MOCKMONTYRENEW")
			.param("instanceId", ""), "en");
		assertThat(noInstance.selectFirst("[data-testid=debug-error]").text())
			.isEqualTo("Enter the instance to act on.");
		Document tooLong = page(post("/saas/debug/send").param("productId", Long.toString(this.product))
			.param("activity", "newInstance")
			.param("orderId", "MOCKONDEMAND")
			.param("field.customerName", "x".repeat(200)), "zh");
		assertThat(tooLong.selectFirst("[data-testid=debug-error]").text()).contains("128");
		Document noProduct = page(post("/saas/debug/preview"), "en");
		assertThat(noProduct.selectFirst("[data-testid=debug-error]").text())
			.isEqualTo("Choose one of your SaaS products.");
		assertThat(this.server.calls()).as("nothing sent").isEqualTo(calls);

		Document sent = send("/saas/debug/send", "en", "");
		String callId = sent.selectFirst("[data-testid=save-case-form] input[name=callId]").val();
		int cases = this.jdbc.queryForObject("SELECT COUNT(*) FROM saas_case", Integer.class);
		Document unnamed = page(post("/saas/debug/save").param("callId", callId).param("name", "  "), "en");
		assertThat(unnamed.selectFirst("[data-testid=debug-error]").text()).isEqualTo("Name the case.");
		assertThat(unnamed.select("[data-testid=debug-result]")).hasSize(1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM saas_case", Integer.class)).isEqualTo(cases);
		assertThat(perform(post("/saas/debug/save").param("callId", "123456789").param("name", "x"), "acme-admin", "en")
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aSubUserWithoutTheProductSeesNoneOfItsCases() throws Exception {
		Document sent = send("/saas/debug/send", "en", "");
		String callId = sent.selectFirst("[data-testid=save-case-form] input[name=callId]").val();
		String caseUrl = perform(post("/saas/debug/save").param("callId", callId).param("name", "Hidden case"),
				"acme-admin", "en")
			.getRedirectedUrl();
		this.jdbc.update("""
				INSERT INTO permission_group (merchant_id, name, menus, created_at)
				SELECT id, 'SaaS tools test', 'APP_TOOLS', UTC_TIMESTAMP(6) FROM merchant WHERE domain_id = 'acme'""");
		this.jdbc
			.update("""
					INSERT INTO user_group (merchant_id, user_id, group_id)
					SELECT u.merchant_id, u.id, g.id FROM portal_user u JOIN permission_group g ON g.merchant_id = u.merchant_id
					WHERE u.user_name = 'acme-ops' AND g.name = 'SaaS tools test'""");
		try {
			Document list = page("acme-ops", "/saas/cases", "en");
			assertThat(list.text()).doesNotContain("Hidden case");
			assertThat(page("acme-ops", "/saas/debug", "en").select("#productId option[value=" + this.product + "]"))
				.isEmpty();
			assertThat(perform(get(caseUrl), "acme-ops", "en").getStatus()).isEqualTo(404);
			assertThat(perform(post(caseUrl + "/run"), "acme-ops", "en").getStatus()).isEqualTo(404);
			assertThat(perform(post(caseUrl + "/delete"), "acme-ops", "en").getStatus()).isEqualTo(404);
			assertThat(perform(get("/saas/debug?productId=" + this.product), "acme-ops", "en").getStatus())
				.isEqualTo(404);
			assertThat(perform(post("/saas/debug/save").param("callId", callId).param("name", "Mine"), "acme-ops", "en")
				.getStatus()).isEqualTo(404);
			assertThat(perform(get(caseUrl), "globex-admin", "en").getStatus()).isEqualTo(404);
			assertThat(page("acme-admin", caseUrl, "en").text()).contains("Hidden case");
		}
		finally {
			this.jdbc.update("DELETE g FROM permission_group g WHERE g.name = 'SaaS tools test'");
		}
	}

	@Test
	void operatorsSeeProductsWhoseDialTestsKeepFailing() throws Exception {
		this.jdbc.update("""
				INSERT IGNORE INTO portal_user (domain_id, user_name, account_type, display_name, status, registered_at)
				VALUES ('marketplace', 'mkt-reviewer', 'OPERATOR', 'Rita Reviewer', 'ACTIVE', UTC_TIMESTAMP(6))
				""");
		this.jdbc.update("""
				INSERT INTO saas_dial_health (product_id, merchant_id, judged_day, failing_days, flagged_at, updated_at)
				SELECT id, merchant_id, UTC_DATE(), 5, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM product WHERE id = ?
				ON DUPLICATE KEY UPDATE flagged_at = VALUES(flagged_at), failing_days = 5""", this.product);
		try {
			Document page = page("mkt-reviewer", "/operator/saas/dial-flags", "zh");
			assertThat(page.selectFirst("[data-testid=flag-" + this.product + "]").text()).contains("Acme", "5");
			assertThat(perform(get("/operator/saas/dial-flags"), "acme-admin", "en").getStatus()).isEqualTo(403);
		}
		finally {
			this.jdbc.update("DELETE FROM saas_dial_health WHERE product_id = ?", this.product);
		}
	}

	private Document send(String path, String language, String extra) throws Exception {
		MockHttpServletRequestBuilder request = post(path).param("productId", Long.toString(this.product))
			.param("activity", "newInstance")
			.param("orderId", "MOCKONETIMENEW");
		for (String pair : extra.isEmpty() ? new String[0] : extra.split("&")) {
			String[] kv = pair.split("=", 2);
			request = request.param(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
		}
		return page(request, language);
	}

	private Document page(String user, String path, String language) throws Exception {
		return parse(perform(get(path), user, language), path);
	}

	private Document page(MockHttpServletRequestBuilder request, String language) throws Exception {
		return parse(perform(request, "acme-admin", language), "post");
	}

	private static Document parse(MockHttpServletResponse response, String what) throws Exception {
		assertThat(response.getStatus()).as(what).isEqualTo(200);
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("??");
		return Jsoup.parse(html);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String user, String language)
			throws Exception {
		return this.mvc
			.perform(request.header("Accept-Language", language).with(new TestUsers(this.jdbc).as(user)).with(csrf()))
			.andReturn()
			.getResponse();
	}

	/** A SaaS product of Acme's on sale, with the content of a demo product. */
	private long saasProduct() {
		String name = "SaaS page " + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("""
				INSERT INTO product (merchant_id, type, status, public_visible, name_zh, name_en, category, content,
				                     listed_at, updated_at)
				SELECT merchant_id, 'SAAS', 'ON_SALE', 1, ?, ?, category, content, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
				FROM product WHERE name_en = 'WordPress One-Click'""", name, name);
		return this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = ?", Long.class, name);
	}

}

package io.sellercenter.saas;

import java.nio.charset.StandardCharsets;

import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.DemoMerchant;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

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
 * 生产地址管理 and 密钥管理 as the main account uses them: Acme's demo address (the provider's demo
 * merchant server) verified by a signed test call; Globex registering, being refused for
 * addresses that are not public HTTPS domain names, and binding a key whose secret is
 * shown once and stored sealed.
 */
@PortalTest
class ProductionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProductionSetup setup;

	@Test
	void acmesDemoAddressIsVerifiedByASignedTestCall() throws Exception {
		// As the local run wires it (DemoProduction); other tests point Acme elsewhere.
		Actor acme = Actor.system("test", new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class)));
		this.setup.saveAddress(acme, new DemoMerchant().address(), Contract.V2);
		this.setup.bind(acme, InterfaceType.BASIC, DemoProduction.ACCESS_KEY, DemoProduction.SECRET);
		Document before = page("acme-admin", "/saas/production", "en");
		assertThat(before.select("#url").val()).startsWith("http://localhost:");
		assertThat(before.select("[data-testid=saas-key-BASIC]").text()).contains("acme-saas-key");

		Document verified = Jsoup.parse(html(post("/saas/production/verify"), "acme-admin", "en"));

		assertThat(verified.select("[data-testid=verify-verdict]").text()).startsWith("Verified");
		assertThat(verified.select("[data-testid=call-result-code]").text()).contains("000003", "Instance not found");
		assertThat(verified.select("[data-testid=call-request-body]").text()).contains("\"testFlag\":\"1\"");
		assertThat(verified.select("[data-testid=call-request]").text()).doesNotContain("signature=");
		assertThat(page("acme-admin", "/saas/production", "zh").select("[data-testid=address-status]").text())
			.contains("已于");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM saas_call c JOIN merchant m ON m.id = c.merchant_id"
				+ " WHERE m.domain_id = 'acme' AND c.purpose = 'VERIFY' AND c.request_body LIKE '%queryInstance%'",
				Integer.class))
			.isPositive();
	}

	@Test
	void addressesOtherThanPublicHttpsDomainNamesAreRefusedSayingWhy() throws Exception {
		String[][] refusals = { { "https://10.0.0.5", "must be a domain name" },
				{ "https://saas.example.com/api", "no path" }, { "ftp://saas.example.com", "must start with https://" },
				{ "https://intranet", "domain name is not valid" } };
		for (String[] refusal : refusals) {
			Document page = Jsoup
				.parse(html(post("/saas/production/address").param("url", refusal[0]).param("contract", "V2"),
						"globex-admin", "en"));
			assertThat(page.select("[data-testid=address-error]").text()).as(refusal[0]).contains(refusal[1]);
			assertThat(page.select("#url").val()).isEqualTo(refusal[0]);
		}
		assertThat(address("globex")).isZero();
	}

	@Test
	void aBoundKeysSecretIsShownOnceAndStoredSealed() throws Exception {
		MockHttpServletResponse saved = this.mvc
			.perform(post("/saas/production/address").param("url", "https://saas.globex-demo.example")
				.param("contract", "V1")
				.with(csrf())
				.with(users().as("globex-admin")))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(address("globex")).isOne();

		Document bound = Jsoup.parse(html(post("/saas/production/keys").param("type", "BASIC"), "globex-admin", "zh"));

		String secret = bound.select("[data-testid=new-key-secret]").text();
		String accessKey = bound.select("[data-testid=new-key-id]").text();
		assertThat(secret).hasSize(64);
		assertThat(accessKey).startsWith("ak-");
		assertThat(this.jdbc.queryForObject("SELECT secret_sealed FROM saas_key WHERE access_key = ?", String.class,
				accessKey))
			.doesNotContain(secret);
		Document again = page("globex-admin", "/saas/production", "zh");
		assertThat(again.text()).contains(accessKey).doesNotContain(secret);
		assertThat(again.select("[data-testid=bind-key]").attr("data-confirm")).isEmpty();
		assertThat(again.select("form:has([data-testid=bind-key])").attr("data-confirm")).contains(accessKey);
	}

	@Test
	void subUsersCannotReachTheAddressOrKeys() throws Exception {
		int status = this.mvc.perform(get("/saas/production").with(users().as("acme-ops")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isIn(403, 404);
	}

	private int address(String domainId) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM saas_address a JOIN merchant m ON m.id = a.merchant_id WHERE m.domain_id = ?",
				Integer.class, domainId);
	}

	private String html(MockHttpServletRequestBuilder request, String user, String language) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(request.header("Accept-Language", language).with(csrf()).with(users().as(user)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("??");
		return html;
	}

	private Document page(String user, String path, String language) throws Exception {
		return Jsoup.parse(html(get(path), user, language));
	}

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

}

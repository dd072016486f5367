package io.sellercenter.product;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.http.Cookie;

import io.sellercenter.product.InterfaceReadiness.Check;
import io.sellercenter.product.InterfaceReadiness.Status;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.AccountType;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.user.Identity;
import io.sellercenter.user.UserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * SaaS products (issue 17): published through the same form as the other types, and held
 * at submission and at approval to their interface's debug status, which the saas feature
 * answers ({@link InterfaceReadiness}; here a stub the tests set).
 */
@PortalTest
class SaasProductTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StubReadiness readiness;

	@Autowired
	UserService users;

	@Autowired
	@SuppressWarnings("rawtypes")
	SessionRepository sessions;

	@BeforeEach
	void missingUntilATestSaysOtherwise() {
		this.readiness.answer(Status.MISSING, null);
		this.users.signIn(new Identity("u-mkt-reviewer", "marketplace", "Marketplace", "mkt-reviewer",
				AccountType.OPERATOR, "Mia Reviewer", "mkt-reviewer@marketplace.example"));
	}

	@Test
	void theFormOfASaasProductAsksForAVersionAGuideAndSpecsOfEveryChargingMode() throws Exception {
		Document form = page(this.mvc
			.perform(get("/products/new").param("type", "SAAS").header("Accept-Language", "en").with(as("acme-admin"))),
				200);

		assertThat(form.selectFirst("h1").text()).contains("SaaS");
		assertThat(form.selectFirst("#version")).isNotNull();
		assertThat(form.selectFirst("#userGuideFile")).isNotNull();
		assertThat(form.selectFirst("[data-field=userGuide] .form-text").text())
			.isEqualTo("How a customer signs in and starts using your service after buying it. PDF, at most 20 MB.");
		assertThat(form.selectFirst("#assetId")).as("no image asset").isNull();
		assertThat(form.select("[data-spec-rows] select[name$=chargingMode] option").eachAttr("value"))
			.contains("ONE_TIME", "MONTHLY", "YEARLY", "PER_USE");
		assertThat(form.select("[data-spec-rows] .core-prices")).as("per-core prices are for images").isEmpty();
		assertThat(form.selectFirst("[data-testid=interface-status]").text())
			.contains("Save the draft to debug its interface.");

		long draft = saveNew();
		assertThat(this.jdbc.queryForObject("SELECT type FROM product_application WHERE id = ?", String.class, draft))
			.isEqualTo("SAAS");
		Document saved = page(
				this.mvc.perform(
						get("/products/applications/" + draft).header("Accept-Language", "en").with(as("acme-admin"))),
				200);
		assertThat(saved.selectFirst("[data-testid=interface-debug-link]").attr("href"))
			.as("a new product's checks go by its application id negated")
			.isEqualTo("/saas/debug?productId=-" + draft);
	}

	@Test
	void aSubmissionIsRefusedWhileTheInterfaceMissesCasesAndEachIsNamedInWords() throws Exception {
		long draft = saveNew();
		long reviews = count("review_request");

		Document page = page(this.mvc
			.perform(complete(multipart("/products/applications/" + draft), "submit").header("Accept-Language", "en")
				.cookie(new Cookie("portal-tz", "Asia/Shanghai"))
				.with(as("acme-admin"))), 200);

		Element summary = page.selectFirst("[data-testid=form-errors]");
		assertThat(summary).isNotNull();
		assertThat(summary.select("[data-testid^=summary-]")).as("the interface is all that is wrong")
			.extracting(Element::text)
			.singleElement()
			.asString()
			.startsWith("Production interface: The production interface has not passed every debug case");
		assertThat(summary.selectFirst("[data-testid=summary-interface] a").attr("href"))
			.isEqualTo("#interface-status");
		assertThat(page.getElementById("interface-status")).isNotNull();
		// ONE_TIME and MONTHLY specs: three cases each, and two more for PERIOD.
		assertThat(summary.select("[data-testid=interface-not-passed] li").eachText()).containsExactly(
				"One-time · Create instance: No saved case", "One-time · Query instance: No saved case",
				"One-time · Release instance: No saved case", "Per period · Create instance: No saved case",
				"Per period · Query instance: No saved case", "Per period · Release instance: No saved case",
				"Per period · Renew instance: No saved case", "Per period · Update instance status: No saved case");
		assertThat(status(draft)).isEqualTo("DRAFT");
		assertThat(count("review_request")).as("nothing is submitted").isEqualTo(reviews);
		assertThat(this.readiness.asked).contains(-draft);

		Document zh = page(this.mvc
			.perform(complete(multipart("/products/applications/" + draft), "submit").header("Accept-Language", "zh-CN")
				.with(as("acme-admin"))), 200);
		assertThat(zh.select("[data-testid=interface-not-passed] li").eachText()).first().isEqualTo("一次性 · 开通实例：未保存用例");
	}

	@Test
	void aFailedCaseIsNamedAsFailedAndTheStatusTableShowsItsLastRun() throws Exception {
		long draft = saveNew();
		this.readiness.answer(Status.FAILED, LocalDateTime.of(2026, 12, 1, 2, 30));

		Document page = page(this.mvc
			.perform(complete(multipart("/products/applications/" + draft), "submit").header("Accept-Language", "en")
				.cookie(new Cookie("portal-tz", "Asia/Shanghai"))
				.with(as("acme-admin"))), 200);

		assertThat(page.select("[data-testid=interface-not-passed] li").eachText()).first()
			.isEqualTo("One-time · Create instance: Failed");
		Element row = page.selectFirst("[data-testid=check-ONE_TIME-newInstance]");
		assertThat(row.text()).isEqualTo("One-time Create instance Failed 2026-12-01 10:30");
		assertThat(row.selectFirst(".badge").hasClass("badge-bad")).isTrue();
		assertThat(page.selectFirst("[data-testid=interface-checks] thead").text()).contains("Last run (UTC+08:00)");
		assertThat(status(draft)).isEqualTo("DRAFT");
	}

	@Test
	void aSubmissionGoesAheadWhenEveryCasePassedAndTheOperatorSeesTheStatus() throws Exception {
		long draft = saveNew();
		this.readiness.answer(Status.PASSED, LocalDateTime.of(2026, 12, 1, 2, 30));

		MvcResult submitted = this.mvc
			.perform(complete(multipart("/products/applications/" + draft), "submit").with(as("acme-admin")))
			.andReturn();

		assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo("/products/applications/" + draft);
		assertThat(status(draft)).isEqualTo("SUBMITTED");
		long review = review(draft);

		Document operator = page(this.mvc.perform(get("/operator/reviews/" + review).header("Accept-Language", "en")
			.cookie(new Cookie("portal-tz", "Asia/Shanghai"))
			.with(as("mkt-reviewer"))), 200);
		assertThat(operator.selectFirst("[data-testid=field-type] td.new").text()).isEqualTo("SaaS");
		assertThat(operator.selectFirst("[data-testid=interface-ready]").text())
			.isEqualTo("Every debug case needed has passed.");
		assertThat(operator.select("[data-testid=interface-checks] tbody tr")).hasSize(8);
		assertThat(operator.selectFirst("[data-testid=check-PERIOD-refreshInstance]").text())
			.isEqualTo("Per period Renew instance Passed 2026-12-01 10:30");
		assertThat(operator.selectFirst("[data-testid=check-PERIOD-refreshInstance] .badge").hasClass("badge-ok"))
			.isTrue();
		assertThat(operator.select("[data-testid=interface-debug-link]")).as("the debug page is the merchant's")
			.isEmpty();

		Document zh = page(
				this.mvc.perform(
						get("/operator/reviews/" + review).header("Accept-Language", "zh-CN").with(as("mkt-reviewer"))),
				200);
		assertThat(zh.selectFirst("[data-testid=check-ONE_TIME-newInstance]").text()).startsWith("一次性").contains("通过");
	}

	@Test
	void theApprovalIsRefusedWhenTheInterfaceIsNotReadyAnyMoreAndGoesAheadWhenItIs() throws Exception {
		long draft = saveNew();
		this.readiness.answer(Status.PASSED, null);
		this.mvc.perform(complete(multipart("/products/applications/" + draft), "submit").with(as("acme-admin")));
		long review = review(draft);
		// A dial test failed since.
		this.readiness.answer(Status.FAILED, LocalDateTime.of(2026, 12, 2, 0, 0));
		long products = count("product");
		// A session of its own (in Redis, as a browser's), which carries the error across
		// the redirect.
		Cookie session = new Cookie("SESSION", new TestUsers(this.jdbc).sessionCookie(this.sessions, "mkt-reviewer"));

		MvcResult refused = this.mvc
			.perform(post("/operator/reviews/" + review + "/approve").cookie(session).with(csrf()))
			.andReturn();

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/operator/reviews/" + review);
		assertThat(refused.getFlashMap().get("error")).isEqualTo("product.interfaceNotReadyToApprove");
		assertThat(this.jdbc.queryForObject("SELECT status FROM review_request WHERE id = ?", String.class, review))
			.isEqualTo("PENDING");
		assertThat(status(draft)).isEqualTo("SUBMITTED");
		assertThat(count("product")).as("nothing listed").isEqualTo(products);
		Document page = page(
				this.mvc.perform(get("/operator/reviews/" + review).header("Accept-Language", "en").cookie(session)),
				200);
		assertThat(page.selectFirst("[data-testid=review-error]").text()).startsWith("Cannot approve:");
		assertThat(page.selectFirst("[data-testid=interface-ready]").text()).startsWith("Some debug cases have failed");

		this.readiness.answer(Status.PASSED, LocalDateTime.of(2026, 12, 2, 1, 0));
		this.mvc.perform(post("/operator/reviews/" + review + "/approve").with(as("mkt-reviewer")).with(csrf()));

		assertThat(status(draft)).isEqualTo("APPROVED");
		Long productId = this.jdbc.queryForObject("SELECT product_id FROM product_application WHERE id = ?", Long.class,
				draft);
		assertThat(this.jdbc.queryForObject("SELECT type FROM product WHERE id = ?", String.class, productId))
			.isEqualTo("SAAS");
		Document listed = page(
				this.mvc.perform(get("/products/" + productId).header("Accept-Language", "en").with(as("acme-admin"))),
				200);
		assertThat(listed.selectFirst("[data-testid=interface-status]").text()).contains("Production interface");
		assertThat(listed.selectFirst("[data-testid=interface-debug-link]").attr("href"))
			.isEqualTo("/saas/debug?productId=" + productId);
		assertThat(listed.select("[data-testid=interface-checks] tbody tr")).hasSize(8);
	}

	@Test
	void theDemoSaasProductIsListedWithItsThreeSpecsAndItsStatus() throws Exception {
		assertThat(this.jdbc.queryForMap("SELECT type, status, name_en FROM product WHERE id = 1701"))
			.containsEntry("type", "SAAS")
			.containsEntry("status", "ON_SALE")
			.containsEntry("name_en", "Acme CRM Cloud");
		assertThat(this.jdbc.queryForList("SELECT charging_mode FROM product_spec WHERE product_id = 1701 ORDER BY id",
				String.class))
			.containsExactly("ONE_TIME", "MONTHLY", "PER_USE");
		assertThat(count("product_grant WHERE product_id = 1701")).isZero();

		Document page = page(
				this.mvc.perform(get("/products/1701").header("Accept-Language", "en").with(as("acme-admin"))), 200);
		// ONE_TIME, PERIOD (3 + 2) and ON_DEMAND.
		assertThat(page.select("[data-testid=interface-checks] tbody tr")).hasSize(11);
		assertThat(page.selectFirst("[data-testid=check-ON_DEMAND-releaseInstance]").text())
			.startsWith("On demand Release instance No saved case");
		assertThat(
				this.mvc.perform(get("/products/1701").with(as("globex-admin"))).andReturn().getResponse().getStatus())
			.as("another merchant's product")
			.isEqualTo(404);
	}

	/** Saves a new SaaS form with nothing but a name; its application id. */
	private long saveNew() throws Exception {
		String location = this.mvc
			.perform(complete(multipart("/products/new").param("type", "SAAS"), "save").with(as("acme-admin")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * Every field of a SaaS product, a one-time and a monthly spec, the logo and the user
	 * guide.
	 */
	private static MockMultipartHttpServletRequestBuilder complete(MockMultipartHttpServletRequestBuilder request,
			String action) {
		request.file(new MockMultipartFile("logoFile", "logo.png", "image/png", PNG))
			.file(new MockMultipartFile("userGuideFile", "guide.pdf", "application/pdf", PDF))
			.param("nameZh", "测试客户管理")
			.param("nameEn", "Test CRM")
			.param("summary", "A CRM in one line.")
			.param("description", "Contacts and deals.")
			.param("category", "SOFTWARE_DEV")
			.param("salesRegions", "CN")
			.param("publicVisible", "true")
			.param("supportPhone", "+86 755 8888 0100")
			.param("supportEmail", "crm@acme.example")
			.param("serviceHours", "9-18")
			.param("timeZone", "Asia/Shanghai")
			.param("version", "1.0")
			.param("specs[0].nameZh", "买断版")
			.param("specs[0].nameEn", "Perpetual")
			.param("specs[0].chargingMode", "ONE_TIME")
			.param("specs[0].price", "1999.00")
			.param("specs[0].currency", "CNY")
			.param("specs[0].onSale", "true")
			.param("specs[1].nameZh", "包月版")
			.param("specs[1].nameEn", "Monthly")
			.param("specs[1].chargingMode", "MONTHLY")
			.param("specs[1].price", "99.00")
			.param("specs[1].currency", "CNY")
			.param("specs[1].onSale", "true")
			.param("action", action)
			.with(csrf());
		return request;
	}

	private long review(long application) {
		return this.jdbc.queryForObject("SELECT review_request_id FROM product_application WHERE id = ?", Long.class,
				application);
	}

	private String status(long application) {
		return this.jdbc.queryForObject("SELECT status FROM product_application WHERE id = ?", String.class,
				application);
	}

	private long count(String from) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + from, Long.class);
	}

	private static Document page(ResultActions result, int status) throws Exception {
		MvcResult done = result.andReturn();
		assertThat(done.getResponse().getStatus()).as(done.getRequest().getRequestURI()).isEqualTo(status);
		return Jsoup.parse(done.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private RequestPostProcessor as(String user) {
		return new TestUsers(this.jdbc).as(user);
	}

	/**
	 * The saas feature's answer as the tests set it: every case the modes require, all
	 * with the same status. Primary, so it stands in for the real one once that exists.
	 */
	static final class StubReadiness implements InterfaceReadiness {

		final List<Long> asked = new CopyOnWriteArrayList<>();

		private volatile Status status = Status.MISSING;

		private volatile LocalDateTime lastRunAt;

		void answer(Status status, LocalDateTime lastRunAt) {
			this.status = status;
			this.lastRunAt = lastRunAt;
		}

		@Override
		public List<Check> checks(MerchantId merchant, long productId, Set<ChargingMode> specModes) {
			this.asked.add(productId);
			return SaasReadiness.missing(specModes)
				.stream()
				.map((check) -> new Check(check.chargingMode(), check.activity(), this.status,
						(this.status == Status.MISSING) ? null : this.lastRunAt))
				.toList();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Readiness {

		@Bean
		@Primary
		StubReadiness stubReadiness() {
			return new StubReadiness();
		}

	}

}

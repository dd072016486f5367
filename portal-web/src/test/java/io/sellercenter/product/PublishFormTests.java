package io.sellercenter.product;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import io.sellercenter.datafile.DataItemFormat;
import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The publish form (issue 13): a draft exists from its first save, every error of a
 * submission shows at once with a summary that links to the fields, specs come in any
 * number up to the rule's maximum, data files are never sold once, per-core prices are
 * rows, and the data-item template is a download.
 */
@PortalTest
class PublishFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CorePriceText corePrices;

	@Autowired
	@SuppressWarnings("rawtypes")
	SessionRepository sessions;

	@Test
	void openingTheFormStoresNothingAndTheFirstSaveCreatesTheApplication() throws Exception {
		long before = applications();

		Document form = page(this.mvc.perform(get("/products/new").param("type", "IMAGE").with(as("acme-admin"))), 200);

		assertThat(applications()).as("opening the form stores nothing").isEqualTo(before);
		assertThat(form.selectFirst("form[data-testid=application-form]").attr("action")).isEqualTo("/products/new");
		assertThat(form.select("[data-spec-rows] > [data-spec]")).as("one empty spec row").hasSize(1);
		assertThat(form.select("[data-testid=delete-draft]")).as("nothing to delete yet").isEmpty();

		MvcResult saved = this.mvc
			.perform(multipart("/products/new").param("type", "IMAGE")
				.param("nameZh", "首次保存")
				.param("action", "save")
				.with(as("acme-admin"))
				.with(csrf()))
			.andReturn();

		assertThat(applications()).as("the first save creates it").isEqualTo(before + 1);
		long id = newest();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/products/applications/" + id);
		assertThat(this.jdbc.queryForObject("SELECT name_zh FROM product_application WHERE id = ?", String.class, id))
			.isEqualTo("首次保存");
		// Saving again saves the same application.
		this.mvc
			.perform(multipart("/products/applications/" + id).param("nameZh", "再次保存")
				.param("action", "save")
				.with(as("acme-admin"))
				.with(csrf()))
			.andReturn();
		assertThat(applications()).isEqualTo(before + 1);
	}

	@Test
	void aSubUserCannotOpenTheFormOfANewProduct() throws Exception {
		assertThat(this.mvc.perform(get("/products/new").param("type", "IMAGE").with(as("acme-ops")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void aSubmissionWithFieldErrorsAndABadFileShowsThemAllWithASummary() throws Exception {
		long draft = draft("IMAGE");
		long files = count("stored_file");

		Document page = page(
				this.mvc.perform(
						submitWithErrors(multipart("/products/applications/" + draft), "en").with(as("acme-admin"))),
				200);

		assertThat(count("stored_file")).as("the refused logo is not stored").isEqualTo(files);
		assertAllErrors(page, "Logo: The file's content is not of an allowed type.", "Fix these 6 problems:");
		assertThat(status(draft)).isEqualTo("DRAFT");

		Document zh = page(
				this.mvc.perform(
						submitWithErrors(multipart("/products/applications/" + draft), "zh-CN").with(as("acme-admin"))),
				200);
		assertThat(zh.selectFirst("[data-testid=form-errors]").text()).contains("请修改以下 6 处问题：").contains("规格 1：");
	}

	/**
	 * The first submission of a new form: the application is created with what was typed
	 * and its page, at its own address, shows every error.
	 */
	@Test
	void theFirstSubmissionCreatesTheDraftAndItsPageShowsEveryError() throws Exception {
		long before = applications();
		// A session of its own (in Redis, as a browser's), which carries the errors
		// across
		// the redirect.
		Cookie session = new Cookie("SESSION", new TestUsers(this.jdbc).sessionCookie(this.sessions, "acme-admin"));

		MvcResult created = this.mvc
			.perform(submitWithErrors(multipart("/products/new").param("type", "IMAGE"), "en").cookie(session))
			.andReturn();

		assertThat(applications()).isEqualTo(before + 1);
		long id = newest();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/products/applications/" + id);
		Document page = page(
				this.mvc.perform(get("/products/applications/" + id).header("Accept-Language", "en").cookie(session)),
				200);
		assertAllErrors(page, "Logo: The file's content is not of an allowed type.", "Fix these 6 problems:");
		assertThat(page.selectFirst("#nameZh").attr("value")).isEqualTo("错误很多");
	}

	@Test
	void aValueThatIsNotANumberIsAnErrorNextToItsFieldAndNothingIsSaved() throws Exception {
		long before = applications();

		Document page = page(this.mvc.perform(multipart("/products/new").param("type", "DATA_FILE")
			.param("nameZh", "数字")
			.param("deliveryDays", "seven")
			.param("specs[0].nameZh", "月度")
			.param("specs[0].price", "9,90")
			.param("action", "save")
			.header("Accept-Language", "en")
			.with(as("acme-admin"))
			.with(csrf())), 200);

		assertThat(applications()).as("nothing saved").isEqualTo(before);
		assertThat(page.selectFirst("[data-testid=form-error]").text()).contains("Nothing was saved.");
		assertThat(page.selectFirst("[data-testid=error-deliveryDays]").text()).isEqualTo("Between 1 and 365 days.");
		assertThat(page.selectFirst("[data-testid='error-spec.1']").text())
			.isEqualTo("Enter prices as numbers, such as 9.90.");
		assertThat(page.selectFirst("#specs-0-price").attr("value")).as("kept as typed").isEqualTo("9,90");
		assertThat(page.selectFirst("form[data-testid=application-form]").attr("action")).isEqualTo("/products/new");
	}

	@Test
	void specsInAnyNumberUpToTheMaximumAndNotOneMore() throws Exception {
		long draft = draft("IMAGE");
		MockMultipartHttpServletRequestBuilder three = multipart("/products/applications/" + draft);
		specs(three, 3);
		this.mvc.perform(three.param("action", "save").with(as("acme-admin")).with(csrf())).andReturn();
		Document form = page(this.mvc.perform(get("/products/applications/" + draft).with(as("acme-admin"))), 200);
		assertThat(form.select("[data-spec-rows] > [data-spec]")).as("three specs and an empty row").hasSize(4);
		assertThat(form.selectFirst("#specs-2-nameEn").attr("value")).isEqualTo("Spec 3");

		MockMultipartHttpServletRequestBuilder many = multipart("/products/applications/" + draft);
		specs(many, ProductRules.MAX_SPECS + 1);
		Document refused = page(this.mvc.perform(
				many.param("action", "save").header("Accept-Language", "en").with(as("acme-admin")).with(csrf())), 200);
		assertThat(refused.selectFirst("[data-testid=error-specs]").text()).isEqualTo("At most 20 specs.");
		assertThat(refused.selectFirst("[data-testid=summary-specs]").text()).isEqualTo("Specs: At most 20 specs.");
		assertThat(this.jdbc.queryForObject(
				"SELECT JSON_LENGTH(content, '$.specs') FROM product_application WHERE id = ?", Integer.class, draft))
			.as("the draft as it was")
			.isEqualTo(3);

		MockMultipartHttpServletRequestBuilder twenty = multipart("/products/applications/" + draft);
		specs(twenty, ProductRules.MAX_SPECS);
		this.mvc.perform(twenty.param("action", "save").with(as("acme-admin")).with(csrf())).andReturn();
		assertThat(this.jdbc.queryForObject(
				"SELECT JSON_LENGTH(content, '$.specs') FROM product_application WHERE id = ?", Integer.class, draft))
			.isEqualTo(ProductRules.MAX_SPECS);
	}

	@Test
	void aDataFileIsShownSupervisedAndAnImageMayTickIt() throws Exception {
		Document dataFile = page(
				this.mvc.perform(get("/products/new").param("type", "DATA_FILE").with(as("acme-admin"))), 200);
		assertThat(dataFile.selectFirst("[data-testid=supervised-fixed]").hasAttr("disabled")).isTrue();
		assertThat(dataFile.selectFirst("#confirmDays").attr("value")).as("the default").isEqualTo("2");

		Document image = page(this.mvc.perform(get("/products/new").param("type", "IMAGE").with(as("acme-admin"))),
				200);
		assertThat(image.selectFirst("input[name=supervised]").hasAttr("checked")).isFalse();
		assertThat(image.selectFirst("#deliveryDays")).isNotNull();
	}

	@Test
	void aConfirmationPeriodThatIsNotANumberIsAnErrorNextToItsField() throws Exception {
		Document page = page(this.mvc.perform(multipart("/products/new").param("type", "IMAGE")
			.param("nameZh", "镜像")
			.param("supervised", "true")
			.param("confirmDays", "two")
			.param("action", "save")
			.header("Accept-Language", "en")
			.with(as("acme-admin"))
			.with(csrf())), 200);

		assertThat(page.selectFirst("[data-testid=error-confirmDays]").text())
			.isEqualTo("Between 1 and 10 working days.");
		assertThat(page.selectFirst("input[name=supervised]").hasAttr("checked")).as("kept as ticked").isTrue();
	}

	@Test
	void aDataFileFormOffersNoOneTimePriceAndASubmissionWithOneIsRefused() throws Exception {
		Document form = page(this.mvc.perform(get("/products/new").param("type", "DATA_FILE").with(as("acme-admin"))),
				200);
		assertThat(form.select("select[name$=chargingMode]")).isNotEmpty();
		assertThat(form.select("option[value=ONE_TIME]")).as("no one-time option, template row included").isEmpty();

		Document image = page(this.mvc.perform(get("/products/new").param("type", "IMAGE").with(as("acme-admin"))),
				200);
		assertThat(image.select("[data-spec-rows] #specs-0-chargingMode option[value=ONE_TIME]")).hasSize(1);

		long draft = draft("DATA_FILE");
		Document refused = page(this.mvc.perform(multipart("/products/applications/" + draft).param("nameZh", "一次性")
			.param("specs[0].nameZh", "一次")
			.param("specs[0].nameEn", "Once")
			.param("specs[0].chargingMode", "ONE_TIME")
			.param("specs[0].price", "10.00")
			.param("specs[0].currency", "CNY")
			.param("specs[0].onSale", "true")
			.param("action", "submit")
			.header("Accept-Language", "en")
			.with(as("acme-admin"))
			.with(csrf())), 200);
		assertThat(refused.selectFirst("[data-testid='error-spec.1']").text())
			.isEqualTo("Data files are priced per period or per use, not once.");
		assertThat(status(draft)).isEqualTo("DRAFT");
	}

	@Test
	void perCorePricesAreRowsKeptAsTheSpecsTextAndShownInWords() throws Exception {
		long draft = draft("IMAGE");
		this.mvc
			.perform(multipart("/products/applications/" + draft).param("specs[0].nameZh", "标准版")
				.param("specs[0].nameEn", "Standard")
				.param("specs[0].chargingMode", "MONTHLY")
				.param("specs[0].cores[0].cores", "2")
				.param("specs[0].cores[0].price", "60.00")
				.param("specs[0].cores[1].cores", "")
				.param("specs[0].cores[1].price", "")
				.param("specs[0].cores[2].cores", "4")
				.param("specs[0].cores[2].price", "110.00")
				.param("specs[0].currency", "CNY")
				.param("specs[0].onSale", "true")
				.param("action", "save")
				.with(as("acme-admin"))
				.with(csrf()))
			.andReturn();

		assertThat(this.jdbc.queryForObject(
				"SELECT JSON_UNQUOTE(JSON_EXTRACT(content, '$.specs[0].corePrices')) FROM product_application WHERE id = ?",
				String.class, draft))
			.isEqualTo("2:60.00, 4:110.00");
		Document form = page(this.mvc.perform(get("/products/applications/" + draft).with(as("acme-admin"))), 200);
		assertThat(form.selectFirst("#specs-0-cores-0-cores").attr("value")).isEqualTo("2");
		assertThat(form.selectFirst("#specs-0-cores-0-price").attr("value")).isEqualTo("60.00");
		assertThat(form.selectFirst("#specs-0-cores-1-cores").attr("value")).isEqualTo("4");
		assertThat(form.selectFirst("#specs-0-cores-1-price").attr("value")).isEqualTo("110.00");
		assertThat(form.selectFirst("#specs-0-cores-2-cores").attr("value")).as("and an empty row").isEmpty();
		assertThat(form.select("#specs-0-corePrices")).as("no colon syntax to edit").isEmpty();

		long wordpress = this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = 'WordPress One-Click'",
				Long.class);
		Document en = page(
				this.mvc.perform(get("/products/" + wordpress).header("Accept-Language", "en").with(as("acme-admin"))),
				200);
		assertThat(en.select("[data-testid=spec-price]").eachText()).contains("2 cores 60.00 / 4 cores 110.00 CNY");
		Document zh = page(this.mvc
			.perform(get("/products/" + wordpress).header("Accept-Language", "zh-CN").with(as("acme-admin"))), 200);
		assertThat(zh.select("[data-testid=spec-price]").eachText()).contains("2 核 60.00 / 4 核 110.00 CNY");
	}

	@Test
	void corePricesInWordsInBothLanguages() {
		try {
			LocaleContextHolder.setLocale(Locale.ENGLISH);
			assertThat(this.corePrices.show("1:9.5,4:110.00", "USD")).isEqualTo("1 core 9.50 / 4 cores 110.00 USD");
			assertThat(this.corePrices.show("<b>2:x</b>", "CNY")).as("a draft's text as it is")
				.isEqualTo("<b>2:x</b> CNY");
			assertThat(this.corePrices.show(null, "CNY")).isNull();
			LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
			assertThat(this.corePrices.show("2:60.00,4:110.00", "CNY")).isEqualTo("2 核 60.00 / 4 核 110.00 CNY");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void theReadOnlyApplicationShowsCorePricesInWords() throws Exception {
		long wordpress = this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = 'WordPress One-Click'",
				Long.class);
		// A change left open by another test (the asset pages' draft naming an asset)
		// would be
		// reused; this one starts from the listing.
		this.jdbc.update(
				"DELETE FROM product_application WHERE product_id = ? AND kind = 'CHANGE' AND status = 'DRAFT'",
				wordpress);
		MvcResult change = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/products/" + wordpress + "/change")
				.with(as("acme-admin"))
				.with(csrf()))
			.andReturn();
		String location = change.getResponse().getRedirectedUrl();
		Document form = page(this.mvc.perform(get(location).with(as("acme-admin"))), 200);
		assertThat(form.selectFirst("#specs-0-cores-0-cores").attr("value")).isEqualTo("2");
		assertThat(form.selectFirst("#specs-0-cores-1-price").attr("value")).isEqualTo("110.00");
		assertThat(form.select("[data-spec-rows] > [data-testid=spec-row-1] [data-testid=remove-spec]"))
			.as("a listed spec stays")
			.isEmpty();

		// acme-support may see the product but not manage it: the same form, read-only.
		this.jdbc
			.update("""
					INSERT INTO product_grant (merchant_id, product_id, user_id, role, primary_marker, expires_at, created_at)
					SELECT p.merchant_id, p.id, u.id, 'VIEW', NULL, NULL, UTC_TIMESTAMP(6)
					FROM product p JOIN portal_user u ON u.user_name = 'acme-support' WHERE p.id = ?
					AND NOT EXISTS (SELECT 1 FROM product_grant g WHERE g.product_id = p.id AND g.user_id = u.id)""",
					wordpress);
		this.jdbc.update("UPDATE permission_group SET menus = CONCAT(menus, ',PRODUCTS') WHERE name = 'Support'"
				+ " AND menus NOT LIKE '%PRODUCTS%'");
		try {
			Document readOnly = page(
					this.mvc.perform(get(location).header("Accept-Language", "en").with(as("acme-support"))), 200);
			assertThat(readOnly.select("[data-testid=spec-price]").eachText())
				.contains("2 cores 60.00 / 4 cores 110.00 CNY");
			assertThat(readOnly.select("input[name$=cores]")).isEmpty();
		}
		finally {
			this.jdbc
				.update("UPDATE permission_group SET menus = REPLACE(menus, ',PRODUCTS', '') WHERE name = 'Support'");
			this.jdbc.update("""
					DELETE g FROM product_grant g JOIN portal_user u ON u.id = g.user_id
					WHERE g.product_id = ? AND u.user_name = 'acme-support'""", wordpress);
		}
	}

	@Test
	void theDataItemTemplateDownloadsInTheReadersLanguage() throws Exception {
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE }) {
			String language = locale.toLanguageTag();
			Document form = page(this.mvc.perform(get("/products/new").param("type", "DATA_FILE")
				.header("Accept-Language", language)
				.with(as("acme-admin"))), 200);
			Element link = form.selectFirst("[data-testid=data-items-template]");
			assertThat(link.text())
				.isEqualTo(locale.equals(Locale.ENGLISH) ? "Download the template (.xlsx)" : "下载模板（.xlsx）");

			MvcResult file = this.mvc
				.perform(get(link.attr("href")).header("Accept-Language", language).with(as("acme-admin")))
				.andReturn();

			assertThat(file.getResponse().getStatus()).isEqualTo(200);
			assertThat(file.getResponse().getContentType())
				.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			String template = DataItemFormat.template(locale);
			assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
				.contains(template.substring(template.lastIndexOf('/') + 1));
			assertThat(file.getResponse().getContentAsByteArray())
				.isEqualTo(new ClassPathResource(template).getContentAsByteArray());
		}
	}

	/**
	 * An image submission with a logo that is not an image, names missing, an e-mail that
	 * is not one and a spec without a price.
	 */
	private MockMultipartHttpServletRequestBuilder submitWithErrors(MockMultipartHttpServletRequestBuilder request,
			String language) {
		request.file(new MockMultipartFile("logoFile", "logo.png", "image/png", "<svg onload=alert(1)>".getBytes()))
			.param("nameZh", "错误很多")
			.param("summary", "One line.")
			.param("description", "What it does.")
			.param("category", "WEBSITE")
			.param("salesRegions", "CN")
			.param("supportPhone", "+86 755 8888 0100")
			.param("supportEmail", "not an e-mail")
			.param("serviceHours", "9-18")
			.param("timeZone", "Asia/Shanghai")
			.param("version", "1.0")
			.param("specs[0].nameZh", "标准版")
			.param("specs[0].nameEn", "Standard")
			.param("specs[0].chargingMode", "MONTHLY")
			.param("specs[0].currency", "CNY")
			.param("specs[0].onSale", "true")
			.param("action", "submit")
			.header("Accept-Language", language)
			.with(csrf());
		return request;
	}

	/**
	 * The six errors of {@link #submitWithErrors}, next to their fields and in the
	 * summary.
	 */
	private static void assertAllErrors(Document page, String logo, String heading) {
		Element summary = page.selectFirst("[data-testid=form-errors]");
		assertThat(summary).isNotNull();
		assertThat(summary.attr("role")).isEqualTo("alert");
		assertThat(summary.text()).contains(heading);
		assertThat(summary.selectFirst("[data-testid=summary-logo]").text()).isEqualTo(logo);
		assertThat(summary.selectFirst("[data-testid=summary-logo] a").attr("href")).isEqualTo("#logoFile");
		assertThat(summary.selectFirst("[data-testid=summary-nameEn] a").attr("href")).isEqualTo("#nameEn");
		assertThat(summary.selectFirst("[data-testid=summary-supportEmail] a").attr("href")).isEqualTo("#supportEmail");
		assertThat(summary.selectFirst("[data-testid=summary-asset] a").attr("href")).isEqualTo("#assetId");
		assertThat(summary.selectFirst("[data-testid=summary-userGuide] a").attr("href")).isEqualTo("#userGuideFile");
		assertThat(summary.selectFirst("[data-testid='summary-spec.1'] a").attr("href")).isEqualTo("#specs-0-nameZh");
		for (Element link : summary.select("a")) {
			assertThat(page.getElementById(link.attr("href").substring(1))).as("%s leads to a field", link.text())
				.isNotNull();
		}
		for (String field : new String[] { "logo", "nameEn", "supportEmail", "asset", "userGuide", "spec.1" }) {
			assertThat(page.selectFirst("[data-testid='error-" + field + "']")).as("the error next to %s", field)
				.isNotNull();
		}
	}

	private static void specs(MockMultipartHttpServletRequestBuilder request, int count) {
		for (int i = 0; i < count; i++) {
			request.param("specs[" + i + "].nameZh", "规格 " + (i + 1))
				.param("specs[" + i + "].nameEn", "Spec " + (i + 1))
				.param("specs[" + i + "].chargingMode", "MONTHLY")
				.param("specs[" + i + "].price", "9.90")
				.param("specs[" + i + "].currency", "CNY")
				.param("specs[" + i + "].onSale", "true");
		}
	}

	private long draft(String type) throws Exception {
		String location = this.mvc
			.perform(multipart("/products/new").param("type", type).with(as("acme-admin")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static Document page(org.springframework.test.web.servlet.ResultActions result, int status)
			throws Exception {
		MvcResult done = result.andReturn();
		assertThat(done.getResponse().getStatus()).as(done.getRequest().getRequestURI()).isEqualTo(status);
		return Jsoup.parse(done.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private long applications() {
		return count("product_application a JOIN merchant m ON m.id = a.merchant_id WHERE m.domain_id = 'acme'");
	}

	private long newest() {
		return this.jdbc.queryForObject("SELECT MAX(a.id) FROM product_application a JOIN merchant m"
				+ " ON m.id = a.merchant_id WHERE m.domain_id = 'acme'", Long.class);
	}

	private String status(long application) {
		return this.jdbc.queryForObject("SELECT status FROM product_application WHERE id = ?", String.class,
				application);
	}

	private long count(String from) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + from, Long.class);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
		return new TestUsers(this.jdbc).as(user);
	}

}

package io.sellercenter.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sellercenter.platform.PlatformClient;
import io.sellercenter.shared.AccountType;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.testsupport.XssPayloads;
import io.sellercenter.testsupport.XssPayloads.Payload;
import io.sellercenter.user.Identity;
import io.sellercenter.user.SignInOutcome;
import io.sellercenter.user.UserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The other half of the XSS corpus (issue 12): fields with a strict form (phone numbers,
 * e-mail addresses, ids, time zones, addresses of web pages, lengths) refuse the payloads
 * with a clear message next to the field, and store nothing. {@link XssIT} shows the
 * payloads the free-text fields take.
 */
@Tag("attack")
@PortalTest
class XssRefusalTests {

	private static final byte[] PDF = XssWorld.PDF;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserService signIns;

	private final JsonMapper json = JsonMapper.builder().build();

	private TestUsers users;

	private String admin;

	private long merchant;

	@BeforeEach
	void merchant() {
		this.users = new TestUsers(this.jdbc);
		String domain = "xr" + UUID.randomUUID().toString().substring(0, 8);
		// Created long ago, so that lists of the newest merchants still show the demo
		// ones.
		this.jdbc.update("""
				INSERT INTO merchant (domain_id, name, certification, created_at, updated_at)
				VALUES (?, ?, 'NOT_SUBMITTED', '2001-01-01 00:00:00', '2001-01-01 00:00:00')""", domain,
				"Refusals " + domain);
		this.merchant = this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domain);
		this.admin = domain + "-admin";
		this.jdbc.update(
				"""
						INSERT INTO portal_user (merchant_id, domain_id, user_name, account_type, display_name, status, registered_at)
						VALUES (?, ?, ?, 'MAIN', 'Refusal Tester', 'ACTIVE', UTC_TIMESTAMP(6))""",
				this.merchant, domain, this.admin);
	}

	@Test
	void onboardingRefusesPayloadsAsPhoneNumbersAndEmailAddresses() throws Exception {
		for (Payload payload : XssPayloads.ALL) {
			Document page = page(send(multipart("/merchant/onboarding")
				.file(new MockMultipartFile("licence", "licence.pdf", "application/pdf", PDF))
				.param("companyName", "Refusals Ltd")
				.param("registrationNumber", "91110000802100433B")
				.param("address", "1 Test Road")
				.param("contactPerson", "Tess")
				.param("contactPhone", payload.text())
				.param("contactEmail", payload.text())
				.param("financeName", "Finn")
				.param("financePhone", payload.text())
				.param("financeEmail", payload.text())
				.param("taxNumber", "T-1")
				.param("taxType", "GENERAL")), 200);
			for (String field : List.of("contactPhone", "contactEmail", "financePhone", "financeEmail")) {
				assertRefused(page, field, payload);
				refused("onboarding." + field, payload);
			}
		}
		assertThat(count("review_request WHERE merchant_id = " + this.merchant)).as("nothing submitted").isZero();
		assertThat(this.jdbc.queryForObject("SELECT certification FROM merchant WHERE id = ?", String.class,
				this.merchant))
			.isEqualTo("NOT_SUBMITTED");
	}

	@Test
	void subUsersAndAssetsRefusePayloadsAsIds() throws Exception {
		certify();
		for (Payload payload : XssPayloads.ALL) {
			assertRefused(
					page(send(post("/sub-users").param("userName", payload.text()).param("displayName", "x")), 200),
					"userName", payload);
			assertRefused(
					page(send(post("/assets").param("region", "ap-southeast-1").param("imageId", payload.text())), 200),
					"imageId", payload);
			refused("subUser.userName", payload);
			refused("asset.imageId", payload);
		}
		assertThat(count("portal_user WHERE merchant_id = " + this.merchant)).as("only the main account").isOne();
		assertThat(count("image_asset WHERE merchant_id = " + this.merchant)).as("no asset").isZero();
	}

	@Test
	void namesRefusePayloadsLongerThanTheyTake() throws Exception {
		certify();
		for (Payload payload : XssPayloads.where((p) -> !p.fits(60))) {
			assertThat(page(send(post("/usage/keys").param("name", payload.text())), 200)
				.selectFirst("[data-testid=key-error]")).as("key named %s", payload).isNotNull();
			refused("key.name", payload);
			refused("group.name", payload);
			assertRefused(page(send(post("/sub-users/groups").param("name", payload.text())), 200), "name", payload);
		}
		for (Payload payload : XssPayloads.where((p) -> !p.fits(100))) {
			assertRefused(
					page(send(post("/sub-users").param("userName", "xr-user").param("displayName", payload.text())),
							200),
					"displayName", payload);
			refused("subUser.displayName", payload);
		}
		assertThat(count("integration_key WHERE merchant_id = " + this.merchant)).isZero();
		assertThat(count("permission_group WHERE merchant_id = " + this.merchant)).isZero();
		assertThat(count("portal_user WHERE merchant_id = " + this.merchant)).isOne();
	}

	/**
	 * The notification settings have no text: a payload for a cell names no cell and is
	 * ignored, and a payload for the language is refused beside the choice.
	 */
	@Test
	void notificationSettingsIgnoreOrRefusePayloads() throws Exception {
		certify();
		for (Payload payload : XssPayloads.ALL) {
			Document page = page(
					send(post("/notifications/settings").param("on", payload.text()).param("language", payload.text())),
					200);
			assertThat(page.select("fieldset .invalid-feedback").text()).as("%s as the language", payload).isNotBlank();
			refused("notificationSettings.language", payload);
			refused("notificationSettings.on", payload);
		}
		assertThat(count("notification_opt_out WHERE merchant_id = " + this.merchant)).isZero();
		assertThat(count("notification_preference WHERE merchant_id = " + this.merchant)).isZero();
	}

	/**
	 * Where a form takes a number or a choice (ids of groups, menus, prices, days, an
	 * asset, a charging mode, a product type), a payload is refused (the form again with
	 * a message, or 400 for a request no form sends), never a 500, and nothing is stored.
	 */
	@Test
	void numbersAndChoicesRefusePayloads() throws Exception {
		certify();
		long draft = draft("DATA_FILE");
		for (Payload payload : XssPayloads.ALL) {
			assertRefusedOrBad(send(post("/sub-users").param("userName", "xr-user").param("groupIds", payload.text())),
					"sub-user groups", payload);
			assertRefusedOrBad(send(post("/sub-users/groups").param("name", "xr-group").param("menus", payload.text())),
					"group menus", payload);
			for (String field : List.of("specs[0].price", "specs[0].usePrice", "specs[0].chargingMode", "deliveryDays",
					"assetId", "publicVisible")) {
				assertRefusedOrBad(send(multipart("/products/applications/" + draft).param(field, payload.text())
					.param("action", "save")), field, payload);
			}
			assertRefusedOrBad(send(post("/products/new").param("type", payload.text())), "product type", payload);
		}
		assertThat(count("portal_user WHERE merchant_id = " + this.merchant)).isOne();
		assertThat(count("permission_group WHERE merchant_id = " + this.merchant)).isZero();
		assertThat(count("product_application WHERE merchant_id = " + this.merchant)).isOne();
	}

	private static void assertRefusedOrBad(MvcResult result, String field, Payload payload) {
		assertThat(result.getResponse().getStatus()).as("%s as %s", payload, field).isIn(200, 400);
		refused("form." + field, payload);
	}

	/**
	 * A draft keeps anything (so the merchant loses nothing), but it is not submitted
	 * while a strict field holds a payload: each such field says why.
	 */
	@Test
	void productSubmissionRefusesPayloadsInStrictFields() throws Exception {
		certify();
		// What a draft takes (longer text is refused before:
		// draftRefusesTextLongerThanItsFieldTakes).
		for (Payload payload : XssPayloads.where((p) -> p.fits(40))) {
			long image = draft("IMAGE");
			Document page = page(send(multipart("/products/applications/" + image).param("nameZh", "名称")
				.param("supportPhone", payload.text())
				.param("supportEmail", payload.text())
				.param("timeZone", payload.text())
				.param("specs[0].nameZh", "规格")
				.param("specs[0].nameEn", "Spec")
				.param("specs[0].chargingMode", "MONTHLY")
				.param("specs[0].corePrices", payload.text())
				.param("specs[0].currency", "CNY")
				.param("specs[0].onSale", "true")
				.param("action", "submit")), 200);
			for (String field : List.of("supportPhone", "supportEmail", "timeZone")) {
				assertThat(page.selectFirst("[data-testid=error-" + field + "]")).as("%s in %s", payload, field)
					.isNotNull();
				refused("submit." + field, payload);
			}
			refused("submit.corePrices", payload);
			refused("submit.externalUrl", payload);
			assertThat(page.selectFirst("[data-testid='error-spec.1']")).as("%s as core prices", payload).isNotNull();
			long consulting = draft("CONSULTING");
			assertThat(page(send(multipart("/products/applications/" + consulting).param("externalUrl", payload.text())
				.param("action", "submit")), 200).selectFirst("[data-testid=error-externalUrl]"))
				.as("%s as the product page", payload)
				.isNotNull();
		}
		assertThat(count("product_application WHERE merchant_id = " + this.merchant + " AND status <> 'DRAFT'"))
			.as("none submitted")
			.isZero();
		assertThat(count("review_request WHERE merchant_id = " + this.merchant)).isZero();
	}

	/**
	 * A draft is bounded too: text longer than its field takes is refused with a message
	 * next to the field (it was a 500 once the name outgrew its column), and the draft
	 * stays as it was.
	 */
	@Test
	void draftRefusesTextLongerThanItsFieldTakes() throws Exception {
		certify();
		for (Payload payload : XssPayloads.where((p) -> !p.fits(100))) {
			long draft = draft("IMAGE");
			Document page = page(send(multipart("/products/applications/" + draft)
				.file(new MockMultipartFile("logoFile", "logo.png", "image/png", XssWorld.PNG))
				.param("nameZh", payload.text())
				.param("nameEn", payload.text())
				.param("specs[0].nameZh", payload.text())
				.param("specs[0].chargingMode", "MONTHLY")
				.param("specs[0].currency", "CNY")
				.param("specs[0].onSale", "true")
				.param("action", "save")), 200);
			for (String field : List.of("nameZh", "nameEn", "spec.1")) {
				assertThat(page.selectFirst("[data-testid='error-" + field + "']")).as("%s in %s", payload, field)
					.isNotNull();
				refused("draft." + field, payload);
			}
			assertThat(page.selectFirst("#nameZh").attr("value")).as("the form keeps what was typed")
				.isEqualTo(payload.text());
			assertThat(this.jdbc.queryForObject("SELECT name_zh FROM product_application WHERE id = ?", String.class,
					draft))
				.as("nothing saved")
				.isNull();
		}
		assertThat(count("stored_file WHERE merchant_id = " + this.merchant)).as("no upload kept").isZero();
	}

	@Test
	void platformApiRefusesPayloadsAsIdsAndControlCharactersAndOverlongText() throws Exception {
		long before = count("orders");
		for (Payload payload : XssPayloads.ALL) {
			String body = order(payload.text(), payload.text(), "Customer", "account");
			String answer = platform(body, 400);
			for (String field : List.of("event_id")) {
				assertThat(answer).as("%s as %s", payload, field).contains("\"" + field + "\"");
			}
			String ids = platform(order("xr-" + UUID.randomUUID(), payload.text(), "Customer", "account"), 400);
			for (String field : List.of("order_id", "merchant", "customer.id", "lines[0].order_line_id",
					"lines[0].instances[0].instance_id")) {
				assertThat(ids).as("%s as %s", payload, field).contains("\"" + field + "\"");
				refused("platform." + field, payload);
			}
			refused("platform.event_id", payload);
		}
		for (Payload payload : XssPayloads.where((p) -> !p.printable() || !p.fits(100))) {
			String answer = platform(order("xr-" + UUID.randomUUID(), "xr-order", payload.text(), payload.text()), 400);
			if (!payload.printable() || !payload.fits(200)) {
				assertThat(answer).as("%s as the customer's name", payload).contains("\"customer.name\"");
				refused("platform.customer.name", payload);
			}
			refused("platform.customer.account_name", payload);
			assertThat(answer).as("%s as the account name", payload).contains("\"customer.account_name\"");
		}
		assertThat(count("orders")).as("nothing stored").isEqualTo(before);
	}

	/**
	 * What the identity provider claims is bounded like what people type: a name longer
	 * than the portal keeps does not break the sign-in.
	 */
	@Test
	void signInTakesOverlongNamesFromTheProvider() {
		for (Payload payload : XssPayloads.where((p) -> !p.fits(100))) {
			String domain = "xr" + UUID.randomUUID().toString().substring(0, 8);
			SignInOutcome outcome = this.signIns.signIn(new Identity("sub-" + domain, domain, payload.text(),
					domain + "-admin", AccountType.MAIN, payload.text(), null));
			assertThat(outcome).as("%s as names", payload).isInstanceOf(SignInOutcome.Admitted.class);
			assertThat(this.jdbc.queryForObject("SELECT name FROM merchant WHERE domain_id = ?", String.class, domain))
				.as("the account's name, cut to fit")
				.isEqualTo(payload.text().substring(0, Math.min(200, payload.text().length())));
			assertThat(this.jdbc.queryForObject("SELECT display_name FROM portal_user WHERE domain_id = ?",
					String.class, domain))
				.isEqualTo(payload.text().substring(0, 100));
			refused("provider.domain_name", payload);
			refused("provider.name", payload);
		}
	}

	/**
	 * Distinct payload and field pairs refused ("field|payload"), for the count of attack
	 * cases.
	 */
	private static final java.util.Set<String> REFUSED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	@org.junit.jupiter.api.AfterAll
	static void count() {
		System.out.printf("XSS refusals: %d distinct payload-field pairs refused (or bounded)%n", REFUSED.size());
	}

	// Helpers

	private static void refused(String field, Payload payload) {
		REFUSED.add(field + "|" + payload.number());
	}

	private void certify() {
		this.jdbc.update("UPDATE merchant SET certification = 'CERTIFIED' WHERE id = ?", this.merchant);
	}

	private long draft(String type) throws Exception {
		MvcResult created = send(post("/products/new").param("type", type));
		return Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
	}

	private MvcResult send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request.with(this.users.as(this.admin)).with(csrf()).header("Accept-Language", "en"))
			.andReturn();
	}

	private static Document page(MvcResult result, int status) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(status);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** The field is marked invalid and its message says why. */
	private static void assertRefused(Document page, String field, Payload payload) {
		assertThat(page.selectFirst("#" + field + ".is-invalid")).as("%s in %s", payload, field).isNotNull();
		assertThat(page.selectFirst("#" + field).parent().select(".invalid-feedback").text())
			.as("the message next to %s", field)
			.isNotBlank();
	}

	private String platform(String body, int status) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/platform/v1/orders").header("Authorization", "Bearer " + PlatformClient.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn();
		String answer = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(answer).isEqualTo(status);
		return answer;
	}

	/** An order of Acme's with these ids and texts; everything else is well formed. */
	private String order(String eventId, String id, String customerName, String accountName) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("event_id", eventId);
		body.put("order_id", id);
		body.put("merchant", id.startsWith("xr-order") ? "acme" : id);
		body.put("order_type", "NEW");
		body.put("status", "PROCESSING");
		body.put("created_at", "2026-01-01T08:00:00Z");
		body.put("currency", "CNY");
		body.put("amount", "1.00");
		Map<String, Object> customer = new LinkedHashMap<>();
		customer.put("id", id.startsWith("xr-order") ? "c-1" : id);
		customer.put("name", customerName);
		customer.put("account_name", accountName);
		body.put("customer", customer);
		String lineId = id.startsWith("xr-order") ? "xr-order-1" : id;
		String instanceId = id.startsWith("xr-order") ? "xr-order-i1" : id;
		List<Object> lines = new ArrayList<>();
		lines.add(Map.of("order_line_id", lineId, "product_id", 1, "spec_id", 1, "charging_mode", "PERIOD",
				"period_type", "MONTH", "period_number", 1, "amount", "1.00", "instances",
				List.of(Map.of("instance_id", instanceId))));
		body.put("lines", lines);
		return this.json.writeValueAsString(body);
	}

	private long count(String tableAndCondition) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + tableAndCondition, Long.class);
	}

}

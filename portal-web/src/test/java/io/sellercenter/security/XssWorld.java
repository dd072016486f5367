package io.sellercenter.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sellercenter.platform.PlatformClient;
import io.sellercenter.shared.AccountType;
import io.sellercenter.testsupport.PortalTestServices;
import io.sellercenter.testsupport.XssPayloads;
import io.sellercenter.testsupport.XssPayloads.Field;
import io.sellercenter.testsupport.XssPayloads.Payload;
import io.sellercenter.usage.PushedRecord;
import io.sellercenter.usage.UsagePushClient;
import io.sellercenter.usage.UsageValidator;
import io.sellercenter.user.Identity;
import io.sellercenter.user.UserService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The XSS corpus written through every text field people and machines fill, by the routes
 * they use: the merchant's and the operator's forms (MockMvc, with CSRF, signed in as
 * those users), the identity provider's claims at sign-in (the sign-in service), the
 * platform API (a real client-credentials token) and the usage push API (signed with a
 * key the merchant made). Payloads are spread over a few records per field
 * ({@link XssPayloads#spread}), and for every page that shows them a {@link Visit} says
 * which payloads it must show as typed.
 */
final class XssWorld {

	static final String OPERATOR = "mkt-reviewer";

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };

	private static final DateTimeFormatter PUSH_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private static final List<Field> PROFILE = List.of(new Field("companyName", 200, false),
			new Field("registrationNumber", 64, false), new Field("address", 300, false),
			new Field("contactPerson", 100, false), new Field("taxNumber", 64, false),
			new Field("financeName", 100, false));

	private static final List<String> PRODUCT_TEXT = List.of("nameZh", "nameEn", "summary", "description", "highlights",
			"customerCases", "version", "serviceHours", "acceptanceCriteria");

	private static final List<Field> PRODUCT = productFields();

	/** A page to open, as whom, in which language, and the payloads it must show. */
	record Visit(String user, String lang, String path, List<Payload> shows, boolean auditForm, boolean errorPage,
			String follow) {

		@Override
		public String toString() {
			return this.user + " " + this.lang + " " + this.path;
		}

	}

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final TestUsers users;

	private final UserService signIns;

	private final UsageValidator validator;

	private final JsonMapper json = JsonMapper.builder().build();

	final String tag = UUID.randomUUID().toString().substring(0, 6);

	final List<Visit> visits = new ArrayList<>();

	/** Distinct payload and field pairs written through the routes ("field|payload"). */
	final java.util.Set<String> written = new java.util.HashSet<>();

	/** The merchant with products, orders, usage records, sub-users and keys. */
	String seller;

	long sellerMerchantId;

	/** Its sub-user with menus and a VIEW grant on every product. */
	String viewer;

	/** Other users whose own pages show their payload display names. */
	final List<String> subUsersSignedIn = new ArrayList<>();

	/** The seller's products and their two spec ids (monthly, per use). */
	final List<long[]> products = new ArrayList<>();

	XssWorld(MockMvc mvc, JdbcTemplate jdbc, TestUsers users, UserService signIns, UsageValidator validator) {
		this.validator = validator;
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.users = users;
		this.signIns = signIns;
	}

	XssWorld build() throws Exception {
		this.jdbc.update("""
				INSERT IGNORE INTO portal_user (domain_id, user_name, account_type, display_name, status, registered_at)
				VALUES ('marketplace', 'mkt-reviewer', 'OPERATOR', 'Rita Reviewer', 'ACTIVE', UTC_TIMESTAMP(6))
				""");
		timed("certified merchants", this::certifiedMerchants);
		timed("rejected merchants", this::rejectedMerchants);
		timed("assets", this::assets);
		timed("products", this::products);
		timed("orders", this::orders);
		timed("usage", this::usage);
		timed("sub-users", this::subUsers);
		timed("searches and exports", this::searches);
		hostileAddresses();
		operatorPages();
		timed("validation", this::validate);
		return this;
	}

	private interface Step {

		void run() throws Exception;

	}

	private static void timed(String name, Step step) throws Exception {
		long start = System.nanoTime();
		step.run();
		System.out.printf("XSS set-up: %s in %d ms%n", name, (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * The validator judges pushed records (the tests run it themselves); pages are opened
	 * once it has, so the ledger shows what became of them.
	 */
	private void validate() {
		while (this.validator.validateBatch(500) > 0) {
			// until none waits
		}
	}

	// Merchants: onboarding, change requests, contacts, reviews

	/**
	 * Merchants who onboarded with one spread of payloads (approved), then asked to
	 * change every field to another (rejected with a payload reason). The first is the
	 * seller.
	 */
	private void certifiedMerchants() throws Exception {
		List<Map<String, Payload>> now = XssPayloads.spread(PROFILE, XssPayloads.ALL, 0, 1, 99);
		// A change request reviews everything but the contacts, which change at once.
		List<Map<String, Payload>> change = XssPayloads.spread(PROFILE.subList(0, 5), XssPayloads.ALL, 31, now.size(),
				99);
		List<Map<String, Payload>> reasons = XssPayloads.spread(List.of(new Field("reason", 1000, true)),
				XssPayloads.ALL, 17, 1, change.size());
		List<Map<String, Payload>> people = XssPayloads.spread(List.of(new Field("name", 100, false)), XssPayloads.ALL,
				45, 1, Math.max(now.size(), change.size()));
		for (int i = 0; i < Math.max(now.size(), change.size()); i++) {
			Map<String, Payload> a = now.get(i % now.size());
			Map<String, Payload> b = change.get(i % change.size());
			Payload reason = reasons.get(i % reasons.size()).get("reason");
			Payload displayName = people.get(i % people.size()).get("name");
			String admin = mainAccount("m" + i, "Merchant " + this.tag + " " + i, displayName);
			long merchant = this.users.current(admin).merchantId();
			Payload email = XssPayloads.EMAILS.get(i % XssPayloads.EMAILS.size());
			Payload financeEmail = XssPayloads.EMAILS.get((i + 1) % XssPayloads.EMAILS.size());
			expectRedirect(as(admin, profile(multipart("/merchant/onboarding"), a, email, financeEmail)),
					"/merchant/profile");
			written("onboarding", a);
			written("onboarding.contactEmail", email);
			written("onboarding.financeEmail", financeEmail);
			long onboarding = pendingReview(merchant, "ONBOARDING");
			decide(onboarding, true, null, Map.of());
			// The form sends the contacts as they are, in hidden fields.
			Map<String, Payload> asSent = new LinkedHashMap<>(b);
			asSent.put("financeName", a.get("financeName"));
			expectRedirect(as(admin, profile(multipart("/merchant/profile/change"), asSent, email, financeEmail)),
					"/merchant/profile");
			written("profileChange", b);
			long changeRequest = pendingReview(merchant, "PROFILE_CHANGE");
			decide(changeRequest, false, reason.text(), Map.of());
			written("profileChange.reason", reason);
			if (i == 1) {
				// The contacts that change at once.
				a = new LinkedHashMap<>(a);
				a.put("financeName", XssPayloads.ALL.get(40));
				email = XssPayloads.EMAILS.get(2);
				financeEmail = XssPayloads.EMAILS.get(3);
				expectRedirect(as(admin,
						post("/merchant/profile/contacts").param("contactPhone", "+86 10 1234 5678")
							.param("contactEmail", email.text())
							.param("financeName", a.get("financeName").text())
							.param("financePhone", "+86 10 8765 4321")
							.param("financeEmail", financeEmail.text())),
						"/merchant/profile");
				written("contacts.financeName", a.get("financeName"));
				written("contacts.contactEmail", email);
				written("contacts.financeEmail", financeEmail);
			}
			List<Payload> profileShows = values(a, email, financeEmail);
			if (this.longNameAdmin == null || a.get("companyName").text().length() > this.longName) {
				this.longNameAdmin = admin;
				this.longName = a.get("companyName").text().length();
			}
			if (i == 0) {
				this.seller = admin;
				this.sellerMerchantId = merchant;
			}
			List<Payload> shown = new ArrayList<>(profileShows);
			shown.add(reason);
			visit(admin, "/merchant/profile", shown);
			Map<String, Payload> reviewed = new LinkedHashMap<>(a);
			reviewed.remove("financeName");
			visit(admin, "/merchant/profile/change", values(reviewed));
			visit(admin, "/", List.of(a.get("companyName"), displayName));
			visit(admin, "/notifications", List.of(reason, a.get("companyName")));
			List<Payload> audited = new ArrayList<>(values(a));
			audited.addAll(values(b));
			audited.add(reason);
			if (i == 0) {
				// The seller's log is long: its reviews by kind of entry.
				audit(admin, "/audit?action=REVIEW_SUBMITTED", audited.subList(0, audited.size() - 1));
				audit(admin, "/audit?action=REVIEW_REJECTED", List.of(reason));
			}
			else {
				audit(admin, "/audit", audited);
			}
			visit(OPERATOR, "/operator/merchants/" + merchant, profileShows);
			List<Payload> diff = new ArrayList<>(values(a));
			diff.addAll(values(b));
			diff.add(reason);
			visit(OPERATOR, "/operator/reviews/" + changeRequest, diff);
			written("provider.name", displayName);
		}
	}

	/**
	 * Merchants not onboarded yet: their names are the provider's account names, and
	 * their onboarding was rejected with a payload reason.
	 */
	private void rejectedMerchants() throws Exception {
		List<Field> fields = new ArrayList<>(PROFILE);
		fields.add(new Field("domainName", 200, false));
		fields.add(new Field("reason", 1000, true));
		List<Map<String, Payload>> records = XssPayloads.spread(fields, XssPayloads.ALL, 11, 1, 4);
		for (int i = 0; i < records.size(); i++) {
			Map<String, Payload> r = records.get(i);
			String admin = mainAccount("r" + i, r.get("domainName").text(), null);
			long merchant = this.users.current(admin).merchantId();
			Map<String, Payload> profile = new LinkedHashMap<>(r);
			profile.remove("domainName");
			profile.remove("reason");
			expectRedirect(as(admin, profile(multipart("/merchant/onboarding"), profile, XssPayloads.EMAILS.get(0),
					XssPayloads.EMAILS.get(1))), "/merchant/profile");
			long onboarding = pendingReview(merchant, "ONBOARDING");
			decide(onboarding, false, r.get("reason").text(), Map.of());
			written("rejectedOnboarding", r);
			visit(admin, "/merchant/profile", List.of(r.get("domainName"), r.get("reason")));
			visit(admin, "/merchant/onboarding", values(profile, r.get("reason")));
			visit(admin, "/", List.of(r.get("domainName")));
			visit(OPERATOR, "/operator/reviews/" + onboarding, values(profile, r.get("reason"), r.get("domainName")));
		}
	}

	private MockMultipartHttpServletRequestBuilder profile(MockMultipartHttpServletRequestBuilder request,
			Map<String, Payload> values, Payload email, Payload financeEmail) {
		request.file(new MockMultipartFile("licence", "licence.pdf", "application/pdf", PDF));
		values.forEach((field, payload) -> request.param(field, payload.text()));
		request.param("contactPhone", "+86 10 1234 5678")
			.param("contactEmail", email.text())
			.param("financePhone", "+86 10 8765 4321")
			.param("financeEmail", financeEmail.text())
			// An overseas company's registration number is free text, so payloads reach
			// it;
			// at home it must be a unified social credit code.
			.param("taxType", "OVERSEAS");
		return request;
	}

	/**
	 * A main account's first sign-in, as the provider's claims make it: its merchant is
	 * named by the account's name, the user by the person's name.
	 */
	private String mainAccount(String suffix, String accountName, Payload personName) {
		String domain = "xss" + this.tag + suffix;
		String user = domain + "-admin";
		var outcome = this.signIns.signIn(new Identity("sub-" + domain, domain, accountName, user, AccountType.MAIN,
				(personName != null) ? personName.text() : "Xss Admin", null));
		assertThat(outcome).as("sign-in of %s", user).isInstanceOf(io.sellercenter.user.SignInOutcome.Admitted.class);
		return user;
	}

	private long pendingReview(long merchant, String kind) {
		return this.jdbc
			.queryForObject("SELECT id FROM review_request WHERE merchant_id = ? AND kind = ? AND status = 'PENDING'"
					+ " ORDER BY id DESC LIMIT 1", Long.class, merchant, kind);
	}

	private void decide(long review, boolean approve, String reason, Map<String, String> comments) throws Exception {
		MockHttpServletRequestBuilder request = post(
				"/operator/reviews/" + review + (approve ? "/approve" : "/reject"));
		if (reason != null) {
			request.param("reason", reason);
		}
		comments.forEach((field, text) -> request.param("comment." + field, text));
		expectRedirect(as(OPERATOR, request), "/operator/reviews");
		assertThat(this.jdbc.queryForObject("SELECT status FROM review_request WHERE id = ?", String.class, review))
			.as("review %d decided", review)
			.isEqualTo(approve ? "APPROVED" : "REJECTED");
	}

	// Image assets, from the cloud's image service (its stand-in table)

	private void assets() throws Exception {
		List<Map<String, Payload>> images = XssPayloads
			.spread(List.of(new Field("name", 128, false), new Field("os", 16, false)), XssPayloads.ALL, 5, 1, 99);
		for (int i = 0; i < images.size(); i++) {
			String imageId = "xss-" + this.tag + "-img" + i;
			this.jdbc.update("""
					INSERT INTO image_catalog (merchant_id, region, image_id, name, size_gb, source, os_type)
					VALUES (?, 'ap-southeast-1', ?, ?, 40, 'PRIVATE', ?)""", this.sellerMerchantId, imageId,
					images.get(i).get("name").text(), images.get(i).get("os").text());
			expectRedirect(as(this.seller, post("/assets").param("region", "ap-southeast-1").param("imageId", imageId)),
					"/assets");
			written("imageCatalog", images.get(i));
		}
		List<Payload> all = images.stream().map((m) -> m.get("name")).toList();
		for (int page = 1; page <= (images.size() + 19) / 20; page++) {
			List<Payload> onPage = new ArrayList<>();
			// Newest first: the last registered are on the first page.
			for (int i = images.size() - 1 - (page - 1) * 20; i >= 0 && i > images.size() - 1 - page * 20; i--) {
				onPage.addAll(images.get(i).values());
			}
			visit(this.seller, "/assets?page=" + page, onPage);
		}
		this.assetNames = all;
	}

	private List<Payload> assetNames = List.of();

	// Products: applications, their review, changes, comments, delisting, drafts

	private static List<Field> productFields() {
		List<Field> fields = new ArrayList<>();
		fields.add(new Field("nameZh", 100, false));
		fields.add(new Field("nameEn", 100, false));
		fields.add(new Field("summary", 200, false));
		fields.add(new Field("description", 5000, true));
		fields.add(new Field("highlights", 2000, true));
		fields.add(new Field("customerCases", 2000, true));
		fields.add(new Field("version", 40, false));
		fields.add(new Field("serviceHours", 100, false));
		fields.add(new Field("acceptanceCriteria", 2000, true));
		for (int s = 0; s < 5; s++) {
			fields.add(new Field("specs[" + s + "].nameZh", 100, false));
			fields.add(new Field("specs[" + s + "].nameEn", 100, false));
		}
		return List.copyOf(fields);
	}

	private void products() throws Exception {
		// Data-file products need an approved compliance letter.
		expectRedirect(
				as(this.seller,
						multipart("/merchant/profile/compliance")
							.file(new MockMultipartFile("letter", "letter.pdf", "application/pdf", PDF))),
				"/merchant/profile");
		decide(pendingReview(this.sellerMerchantId, "COMPLIANCE_LETTER"), true, null, Map.of());

		List<Map<String, Payload>> listed = XssPayloads.spread(PRODUCT, XssPayloads.ALL, 3, 1, 99);
		List<Map<String, Payload>> changed = XssPayloads.spread(PRODUCT, XssPayloads.ALL, 37, listed.size(), 99);
		List<Field> commentFields = new ArrayList<>();
		for (String f : List.of("nameZh", "nameEn", "summary", "description", "highlights", "customerCases", "version",
				"serviceHours", "supportPhone", "supportEmail", "timeZone", "acceptanceCriteria", "deliveryDays",
				"category", "salesRegions", "logo", "rightsCertificate", "dataItems", "spec.1", "spec.2", "spec.3",
				"spec.4", "spec.5")) {
			commentFields.add(new Field(f, 1000, true));
		}
		List<Map<String, Payload>> comments = XssPayloads.spread(commentFields, XssPayloads.ALL, 23, listed.size(), 99);
		List<Map<String, Payload>> delisting = XssPayloads.spread(
				List.of(new Field("reason", 1000, true), new Field("answer", 1000, true)), XssPayloads.ALL, 53,
				listed.size(), listed.size());
		List<Payload> productNames = new ArrayList<>();
		for (int i = 0; i < Math.max(listed.size(), changed.size()); i++) {
			Map<String, Payload> a = listed.get(i % listed.size());
			Map<String, Payload> b = changed.get(i % changed.size());
			Map<String, Payload> c = comments.get(i % comments.size());
			Payload email = XssPayloads.EMAILS.get(i % XssPayloads.EMAILS.size());
			long application = newApplication("DATA_FILE");
			expectRedirect(as(this.seller, dataFile(application, a, email, "submit")),
					"/products/applications/" + application);
			written("application", a);
			written("application.supportEmail", email);
			long createReview = applicationReview(application);
			decide(createReview, true, null, Map.of());
			long product = this.jdbc.queryForObject("SELECT product_id FROM product_application WHERE id = ?",
					Long.class, application);
			List<Long> specs = this.jdbc.queryForList(
					"SELECT id FROM product_spec WHERE product_id = ? ORDER BY position", Long.class, product);
			this.products.add(new long[] { product, specs.get(0), specs.get(1) });
			productNames.add(a.get("nameZh"));
			productNames.add(a.get("nameEn"));

			// Delisting the second spec, refused with a payload answer.
			Map<String, Payload> d = delisting.get(i % delisting.size());
			expectRedirect(
					as(this.seller, post("/products/" + product + "/delist").param("reason", d.get("reason").text())
						.param("specIds", String.valueOf(specs.get(1)))),
					"/products/" + product);
			long delistReview = pendingReview(this.sellerMerchantId, "PRODUCT_DELISTING");
			decide(delistReview, false, d.get("answer").text(), Map.of());
			written("delisting", d);
			visit(OPERATOR, "/operator/reviews/" + delistReview, List.of(d.get("reason"), d.get("answer")));

			// A change to every field, refused with a comment on each field.
			MvcResult started = as(this.seller, post("/products/" + product + "/change"));
			long change = Long.parseLong(started.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
			expectRedirect(as(this.seller, dataFile(change, b, email, "submit")), "/products/applications/" + change);
			written("productChange", b);
			long changeReview = applicationReview(change);
			Map<String, String> commentText = new LinkedHashMap<>();
			c.forEach((field, payload) -> commentText.put(field, payload.text()));
			decide(changeReview, false, d.get("answer").text(), commentText);
			written("reviewComment", c);

			List<Payload> listing = values(a, email);
			visit(this.seller, "/products/" + product, shownOnProductPage(a, email));
			visit(this.seller, "/products/applications/" + application, listing);
			List<Payload> changeForm = new ArrayList<>(values(b, email));
			changeForm.addAll(c.values());
			changeForm.add(d.get("answer"));
			visit(this.seller, "/products/applications/" + change, changeForm);
			List<Payload> diff = new ArrayList<>(values(a));
			diff.addAll(values(b));
			visit(OPERATOR, "/operator/reviews/" + changeReview, diff);
			visit(this.viewer(), "/products/" + product, shownOnProductPage(a, email));
			List<Payload> inChinese = new ArrayList<>(shownOnProductPage(a, email));
			inChinese.remove(a.get("nameEn"));
			visitZh(this.seller, "/products/" + product, inChinese);
		}
		this.productNames = productNames;
		visit(this.seller, "/products", productNames);
		visitZh(this.seller, "/products", productNames);
		drafts();
	}

	private List<Payload> productNames = List.of();

	/**
	 * Drafts are saved without the submit's checks, so the strict fields hold payloads
	 * too until the merchant submits.
	 */
	private void drafts() throws Exception {
		List<Field> fields = new ArrayList<>();
		// What a draft takes (ProductRules.lengths): any text, bounded.
		fields.add(new Field("nameZh", 100, false));
		fields.add(new Field("supportPhone", 40, false));
		fields.add(new Field("supportEmail", 254, false));
		fields.add(new Field("timeZone", 64, false));
		for (int s = 0; s < 5; s++) {
			fields.add(new Field("specs[" + s + "].corePrices", 500, false));
		}
		List<Map<String, Payload>> drafts = XssPayloads.spread(fields, XssPayloads.ALL, 29, 1, 99);
		for (Map<String, Payload> d : drafts) {
			long application = newApplication("IMAGE");
			MockMultipartHttpServletRequestBuilder request = multipart("/products/applications/" + application);
			d.forEach((field, payload) -> request.param(field, payload.text()));
			for (int s = 0; s < 5; s++) {
				request.param("specs[" + s + "].chargingMode", "MONTHLY")
					.param("specs[" + s + "].currency", "CNY")
					.param("specs[" + s + "].onSale", "true");
			}
			request.param("action", "save");
			expectRedirect(as(this.seller, request), "/products/applications/" + application);
			written("draft", d);
			List<Payload> shown = new ArrayList<>(d.values());
			if (d == drafts.get(0)) {
				// The image form offers every accepted asset by its name.
				shown.addAll(this.assetNames);
			}
			visit(this.seller, "/products/applications/" + application, shown);
		}
		this.dataFileDraft = newApplication("DATA_FILE");
		this.imageDraft = newApplication("IMAGE");
		List<Map<String, Payload>> urls = XssPayloads.spread(List.of(new Field("externalUrl", 500, false)),
				XssPayloads.ALL, 17, 1, 3);
		for (Map<String, Payload> u : urls) {
			long application = newApplication("CONSULTING");
			expectRedirect(as(this.seller,
					multipart("/products/applications/" + application).param("externalUrl", u.get("externalUrl").text())
						.param("action", "save")),
					"/products/applications/" + application);
			written("draft", u);
			visit(this.seller, "/products/applications/" + application, List.copyOf(u.values()));
		}
	}

	private List<Payload> shownOnProductPage(Map<String, Payload> a, Payload email) {
		List<Payload> shown = new ArrayList<>();
		for (String f : List.of("nameEn", "nameZh", "summary", "description", "serviceHours")) {
			shown.add(a.get(f));
		}
		for (int s = 0; s < 5; s++) {
			shown.add(a.get("specs[" + s + "].nameZh"));
			shown.add(a.get("specs[" + s + "].nameEn"));
		}
		shown.add(email);
		return shown;
	}

	private long newApplication(String type) throws Exception {
		MvcResult created = as(this.seller, post("/products/new").param("type", type));
		return Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
	}

	private long applicationReview(long application) {
		return this.jdbc.queryForObject("SELECT review_request_id FROM product_application WHERE id = ?", Long.class,
				application);
	}

	/** A complete data-file application with these texts, saved or submitted. */
	private MockMultipartHttpServletRequestBuilder dataFile(long application, Map<String, Payload> texts, Payload email,
			String action) {
		MockMultipartHttpServletRequestBuilder request = multipart("/products/applications/" + application);
		request.file(new MockMultipartFile("logoFile", "logo.png", "image/png", PNG))
			.file(new MockMultipartFile("rightsCertificateFile", "rights.pdf", "application/pdf", PDF))
			.file(new MockMultipartFile("dataItemsFile", "items.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook()));
		texts.forEach((field, payload) -> request.param(field, payload.text()));
		request.param("category", "DATA_SET")
			.param("salesRegions", "CN")
			.param("publicVisible", "true")
			.param("supportPhone", "+86 755 8888 0100")
			.param("supportEmail", email.text())
			.param("timeZone", "Asia/Shanghai")
			.param("complianceNotApplicable", "true")
			.param("qualityNotApplicable", "true")
			.param("deliveryDays", "7")
			.param("action", action);
		for (int s = 0; s < 5; s++) {
			request.param("specs[" + s + "].chargingMode", (s == 1) ? "PER_USE" : "MONTHLY")
				.param("specs[" + s + "].price", (s == 1) ? "0.50" : "10.00")
				.param("specs[" + s + "].currency", "CNY")
				.param("specs[" + s + "].onSale", "true");
		}
		String id = this.jdbc.queryForObject("SELECT COALESCE(product_id, 0) FROM product_application WHERE id = ?",
				String.class, application);
		if (!"0".equals(id)) {
			// A change keeps the listed specs: their ids go with the rows.
			List<Long> specs = this.jdbc.queryForList(
					"SELECT id FROM product_spec WHERE product_id = ? ORDER BY position", Long.class, Long.valueOf(id));
			for (int s = 0; s < specs.size(); s++) {
				request.param("specs[" + s + "].id", String.valueOf(specs.get(s)));
			}
		}
		return request;
	}

	private static byte[] workbook() {
		try (InputStream in = XssWorld.class.getResourceAsStream("/datafile/data-items-good.xlsx")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// Orders from the platform API

	private void orders() throws Exception {
		List<Map<String, Payload>> customers = XssPayloads.spread(
				List.of(new Field("name", 200, false), new Field("account", 100, false)),
				XssPayloads.where(Payload::printable), 13, 1, 99);
		HttpClient http = HttpClient.newHttpClient();
		List<Payload> all = new ArrayList<>();
		for (int i = 0; i < customers.size(); i++) {
			Map<String, Payload> c = customers.get(i);
			long[] product = this.products.get(i % this.products.size());
			String orderId = "xss-" + this.tag + "-o" + i;
			Map<String, Object> customer = new LinkedHashMap<>();
			customer.put("id", "c-" + i);
			customer.put("name", c.get("name").text());
			customer.put("account_name", c.get("account").text());
			List<Object> lines = new ArrayList<>();
			lines.add(Map.of("order_line_id", orderId + "-1", "product_id", product[0], "spec_id", product[1],
					"charging_mode", "PERIOD", "period_type", "MONTH", "period_number", 1, "amount", "10.00",
					"instances", List.of(Map.of("instance_id", orderId + "-i1"))));
			lines.add(Map.of("order_line_id", orderId + "-2", "product_id", product[0], "spec_id", product[2],
					"charging_mode", "ON_DEMAND", "amount", "0.50", "instances",
					List.of(Map.of("instance_id", orderId + "-i2"))));
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("event_id", "xss-" + this.tag + "-e" + i);
			body.put("order_id", orderId);
			body.put("merchant", this.users.current(this.seller).domainId());
			body.put("order_type", "NEW");
			// A data-file product's paid order would start a supervised delivery, whose
			// notices
			// would push the review's notice off the seller's first page of messages:
			// these
			// arrive completed, as orders completed before supervision began.
			body.put("status",
					"DATA_FILE".equals(
							this.jdbc.queryForObject("SELECT type FROM product WHERE id = ?", String.class, product[0]))
									? "COMPLETED" : "PROCESSING");
			body.put("created_at", LocalDateTime.now(ZoneOffset.UTC).minusHours(3).minusMinutes(i).toString() + "Z");
			body.put("currency", "CNY");
			body.put("amount", "10.50");
			body.put("customer", customer);
			body.put("lines", lines);
			HttpResponse<String> answer = http.send(HttpRequest
				.newBuilder(URI.create(PortalTestServices.portalUrl() + "/api/platform/v1/orders"))
				.header("Authorization", "Bearer " + PlatformClient.token())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body), StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as("order %s: %s", orderId, answer.body()).isEqualTo(201);
			written("platformOrder.customer", c);
			all.addAll(c.values());
			this.orderIds.add(orderId);
			List<Payload> details = new ArrayList<>(c.values());
			details.add(this.productNames.get(2 * (i % this.products.size()) + 1));
			visit(this.seller, "/orders/" + orderId, details);
			if (i < 3) {
				visit(this.viewer(), "/orders/" + orderId, details);
			}
		}
		// Newest first, twenty a page.
		for (int page = 1; page <= (customers.size() + 19) / 20; page++) {
			List<Payload> onPage = new ArrayList<>();
			for (int i = (page - 1) * 20; i < Math.min(customers.size(), page * 20); i++) {
				onPage.addAll(customers.get(i).values());
			}
			visit(this.seller, "/orders?page=" + page, onPage);
			visitZh(this.seller, "/orders?page=" + page, onPage);
		}
	}

	final List<String> orderIds = new ArrayList<>();

	/** A data-file draft for the browser to send a workbook of payloads with. */
	long dataFileDraft;

	/** An image draft of plain text, for screenshots of a refused draft. */
	long imageDraft;

	/** The main account of the merchant with the longest name. */
	String longNameAdmin;

	/** The record with the longest metering_sn. */
	long longSnRecord;

	private int longName;

	private int longSn;

	// Usage records from the push API, signed with a key the merchant made

	private void usage() throws Exception {
		List<Map<String, Payload>> names = XssPayloads.spread(List.of(new Field("name", 60, false)), XssPayloads.ALL,
				41, 1, 99);
		String keyId = null;
		String secret = null;
		for (int i = 0; i < names.size(); i++) {
			MvcResult created = as(this.seller, post("/usage/keys").param("name", names.get(i).get("name").text()));
			Object newKey = created.getModelAndView().getModel().get("newKey");
			assertThat(newKey).as("key %s made", names.get(i).get("name")).isNotNull();
			written("key", names.get(i));
			String id = (String) newKey.getClass().getMethod("keyId").invoke(newKey);
			if (keyId == null) {
				keyId = id;
				secret = (String) newKey.getClass().getMethod("secret").invoke(newKey);
			}
			else {
				expectRedirect(as(this.seller, post("/usage/keys/" + id + "/disable")), "/usage/keys");
			}
		}
		visit(this.seller, "/usage/keys", names.stream().map((m) -> m.get("name")).toList());

		UsagePushClient client = new UsagePushClient(URI.create(PortalTestServices.portalUrl()), keyId, secret);
		// As long as the push API takes (longer is refused with the push,
		// UsagePushTests).
		List<Field> fields = List.of(new Field("instance_id", PushedRecord.MAX_ID, false),
				new Field("record_time", PushedRecord.MAX_TEXT, false),
				new Field("begin_time", PushedRecord.MAX_TEXT, false),
				new Field("end_time", PushedRecord.MAX_TEXT, false),
				new Field("usage_value", PushedRecord.MAX_TEXT, false),
				new Field("metering_sn", PushedRecord.MAX_ID, false),
				new Field("relate_pkg_instance", PushedRecord.MAX_ID, false));
		List<Map<String, Payload>> records = XssPayloads.spread(fields, XssPayloads.ALL, 19, 1, 99);
		List<Map<String, Payload>> nonces = XssPayloads.spread(List.of(new Field("nonce", 64, false)),
				XssPayloads.where(Payload::headerSafe), 0, records.size(), records.size());
		List<Payload> ledger = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			Map<String, Object> record = new LinkedHashMap<>();
			records.get(i).forEach((field, payload) -> record.put(field, payload.text()));
			Payload nonce = nonces.get(i).get("nonce");
			String body = this.json.writeValueAsString(Map.of("usage_records", List.of(record)));
			HttpResponse<String> answer = push(client, body, nonce.text());
			assertThat(answer.body()).as("push %d", i).contains("MKT.0000");
			written("usagePush", records.get(i));
			written("usagePush.nonce", nonce);
			long id = this.jdbc.queryForObject(
					"SELECT r.id FROM usage_record r JOIN usage_request q ON q.id = r.request_id"
							+ " WHERE q.merchant_id = ? AND q.nonce = ?",
					Long.class, this.sellerMerchantId, nonce.text());
			if (records.get(i).get("metering_sn").text().length() > this.longSn) {
				this.longSn = records.get(i).get("metering_sn").text().length();
				this.longSnRecord = id;
			}
			List<Payload> shown = new ArrayList<>(records.get(i).values());
			shown.add(nonce);
			visit(this.seller, "/usage/records/" + id, shown);
			ledger.add(records.get(i).get("instance_id"));
			ledger.add(records.get(i).get("metering_sn"));
			ledger.add(records.get(i).get("usage_value"));
		}
		// Records of a real on-demand instance with payload metering_sns: the validator
		// accepts them, and the ledger shows their product's names.
		List<Map<String, Payload>> sns = XssPayloads.spread(List.of(new Field("metering_sn", 64, false)),
				XssPayloads.ALL, 7, 1, 4);
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
		List<Object> accepted = new ArrayList<>();
		for (int i = 0; i < sns.size(); i++) {
			// Ended in the last quarter of an hour, so before any collection cut-off.
			accepted.add(Map.of("instance_id", this.orderIds.get(0) + "-i2", "record_time",
					PUSH_TIME.format(now.minusMinutes(1)), "begin_time", PUSH_TIME.format(now.minusMinutes(13 - i)),
					"end_time", PUSH_TIME.format(now.minusMinutes(12 - i)), "usage_value", "1.5", "metering_sn",
					sns.get(i).get("metering_sn").text()));
			ledger.add(sns.get(i).get("metering_sn"));
			written("usagePush", sns.get(i));
		}
		HttpResponse<String> answer = push(client, this.json.writeValueAsString(Map.of("usage_records", accepted)),
				"xss-" + this.tag + "-accepted");
		assertThat(answer.body()).contains("MKT.0000");
		visit(this.seller, "/usage", ledger);
		List<Payload> granted = new ArrayList<>(sns.stream().map((m) -> m.get("metering_sn")).toList());
		visit(this.viewer(), "/usage", granted);
		this.acceptedSns = granted;
	}

	List<Payload> acceptedSns = List.of();

	private static HttpResponse<String> push(UsagePushClient client, String body, String nonce) throws Exception {
		UsagePushClient.SignedPush push = client.sign(body, System.currentTimeMillis(), nonce);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(PortalTestServices.portalUrl() + "/api/v1/isv/usage-data"))
			.header("Content-Type", "application/json")
			.header("access-key", push.accessKey())
			.header("ts", push.ts())
			.header("nonce", push.nonce())
			.header("signature", push.signature())
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	// Sub-users and permission groups

	private void subUsers() throws Exception {
		List<Map<String, Payload>> groups = XssPayloads.spread(List.of(new Field("name", 60, false)), XssPayloads.ALL,
				33, 1, 99);
		List<Long> groupIds = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			MockHttpServletRequestBuilder request = post("/sub-users/groups").param("name",
					groups.get(i).get("name").text());
			if (i == 0) {
				for (String menu : List.of("PRODUCTS", "ORDERS", "USAGE", "MERCHANT_INFO")) {
					request.param("menus", menu);
				}
			}
			expectRedirect(as(this.seller, request), "/sub-users");
			written("group", groups.get(i));
			groupIds.add(this.jdbc.queryForObject("SELECT MAX(id) FROM permission_group WHERE merchant_id = ?",
					Long.class, this.sellerMerchantId));
		}
		// The viewer's name starts with an emoji: the avatar must show it whole.
		List<Map<String, Payload>> people = XssPayloads.spread(List.of(new Field("displayName", 100, false)),
				XssPayloads.ALL, 57, 1, 99);
		List<Payload> groupNames = groups.stream().map((m) -> m.get("name")).toList();
		List<Payload> displayNames = people.stream().map((m) -> m.get("displayName")).toList();
		for (int i = 0; i < people.size(); i++) {
			String user = (i == 0) ? this.viewer() : "xss" + this.tag + "-u" + i;
			MockHttpServletRequestBuilder request = post("/sub-users").param("userName", user)
				.param("displayName", displayNames.get(i).text())
				.param("groupIds", String.valueOf(groupIds.get(i % groupIds.size())));
			expectRedirect(as(this.seller, request), "/sub-users");
			written("subUser", people.get(i));
			long id = this.users.current(user).userId();
			if (i % 10 == 0) {
				List<Payload> form = new ArrayList<>(groupNames);
				form.add(displayNames.get(i));
				visit(this.seller, "/sub-users/" + id, form);
				visit(user, "/", List.of(displayNames.get(i)));
				this.subUsersSignedIn.add(user);
			}
		}
		for (int i = 0; i < groupIds.size(); i += 10) {
			visit(this.seller, "/sub-users/groups/" + groupIds.get(i), List.of(groupNames.get(i)));
		}
		List<Payload> list = new ArrayList<>(groupNames);
		list.addAll(displayNames);
		visit(this.seller, "/sub-users", list);
		visit(this.seller, "/sub-users/new", groupNames);
		// The viewer sees every product through a VIEW grant.
		long viewerId = this.users.current(this.viewer()).userId();
		for (long[] product : this.products) {
			expectRedirect(as(this.seller,
					post("/products/" + product[0] + "/grants").param("userId", String.valueOf(viewerId))
						.param("role", "VIEW")),
					"/products/" + product[0]);
		}
		visit(this.viewer(), "/products", this.productNames);
		visit(this.viewer(), "/merchant/profile", List.of());
		visit(this.viewer(), "/orders", List.of());
		audit(this.seller, "/audit?action=KEY_CREATED", List.of());
		audit(this.seller, "/audit?action=GROUP_CREATED", groupNames
			.subList(Math.max(0, groupNames.size() - io.sellercenter.shared.PageRequest.SIZE), groupNames.size()));
	}

	String viewer() {
		return "xss" + this.tag + "-viewer";
	}

	// Searches, their exports and the export histories

	/**
	 * Every search box, with what a person can type into it (its maxlength): each page
	 * must show the search as typed, and so must the export history of the searches
	 * exported and the list that a history entry links back to.
	 */
	private void searches() throws Exception {
		List<Field> boxes = List.of(new Field("products.q", 100, false), new Field("orders.orderId", 64, false),
				new Field("orders.customer", 200, false), new Field("orders.account", 100, false),
				new Field("orders.product", 100, false), new Field("usage.instance", 64, false),
				new Field("usage.sn", 64, false), new Field("audit.user", 128, false),
				new Field("audit.action", 64, false), new Field("operatorAudit.user", 128, false),
				new Field("operatorAudit.action", 64, false));
		List<Map<String, Payload>> searches = XssPayloads.spread(boxes, XssPayloads.ALL, 47, 1, 99);
		List<Payload> orderFilters = new ArrayList<>();
		List<Payload> usageFilters = new ArrayList<>();
		for (Map<String, Payload> s : searches) {
			visit(this.seller, "/products?" + query(s, "products.", "q"), List.of(s.get("products.q")));
			String orders = query(s, "orders.", "orderId", "customer", "account", "product");
			List<Payload> orderPayloads = List.of(s.get("orders.orderId"), s.get("orders.customer"),
					s.get("orders.account"), s.get("orders.product"));
			this.visits.add(new Visit(this.seller, "en", "/orders?" + orders, orderPayloads, false, false,
					"[data-testid=sort-created]"));
			String usage = query(s, "usage.", "instance", "sn");
			List<Payload> usagePayloads = List.of(s.get("usage.instance"), s.get("usage.sn"));
			visit(this.seller, "/usage?" + usage, usagePayloads);
			visit(this.seller, "/audit?" + query(s, "audit.", "user", "action"),
					List.of(s.get("audit.user"), s.get("audit.action")));
			visit(OPERATOR, "/operator/audit?" + query(s, "operatorAudit.", "user", "action"),
					List.of(s.get("operatorAudit.user"), s.get("operatorAudit.action")));
			// Exported as searched: the history keeps the search, and links back to it.
			assertThat(as(this.seller,
					params(post("/orders/export"), s, "orders.", "orderId", "customer", "account", "product"))
				.getResponse()
				.getStatus()).isEqualTo(200);
			assertThat(as(this.seller, params(post("/usage/export"), s, "usage.", "instance", "sn")).getResponse()
				.getStatus()).isEqualTo(200);
			orderFilters.addAll(orderPayloads);
			usageFilters.addAll(usagePayloads);
			written("search", s);
		}
		visit(this.seller, "/orders/export-history", orderFilters);
		visit(this.seller, "/usage/export-history", usageFilters);
		List<String> kept = this.jdbc.queryForList(
				"SELECT filter FROM order_export WHERE merchant_id = ? AND kind = 'ORDERS' ORDER BY id", String.class,
				this.sellerMerchantId);
		for (int i = 0; i < searches.size(); i++) {
			Map<String, Payload> s = searches.get(i);
			visit(this.seller, "/orders?" + kept.get(i), List.of(s.get("orders.orderId"), s.get("orders.customer"),
					s.get("orders.account"), s.get("orders.product")));
		}
	}

	/** The named boxes of a search as parameters of a request. */
	private static MockHttpServletRequestBuilder params(MockHttpServletRequestBuilder request,
			Map<String, Payload> search, String prefix, String... names) {
		for (String name : names) {
			request.param(name, search.get(prefix + name).text());
		}
		return request;
	}

	/**
	 * The named boxes of a search as a query string, encoded as a browser sends a form.
	 */
	private static String query(Map<String, Payload> search, String prefix, String... names) {
		List<String> pairs = new ArrayList<>();
		for (String name : names) {
			pairs
				.add(name + "=" + java.net.URLEncoder.encode(search.get(prefix + name).text(), StandardCharsets.UTF_8));
		}
		return String.join("&", pairs);
	}

	/**
	 * Payloads where the portal expects an id, a number, a date or a choice: in the path
	 * and in the query. Each page answers with a page of its own (a 4xx at most), shows
	 * nothing of them as markup, and runs none.
	 */
	private void hostileAddresses() {
		List<String> merchantAddresses = List.of("/orders/%s", "/products/%s", "/products/applications/%s",
				"/usage/records/%s", "/sub-users/%s", "/sub-users/groups/%s", "/sessions/%s", "/notifications/%s",
				"/merchant/files/%s", "/?lang=%s", "/orders?page=%s", "/orders?status=%s&from=%s&sort=%s",
				"/usage?state=%s&code=%s&before=%s&product=%s", "/products?type=%s&status=%s&page=%s",
				"/products/applications?status=%s", "/audit?from=%s&to=%s", "/assets?page=%s", "/notifications?page=%s",
				"/orders/export-history?page=%s");
		List<String> operatorAddresses = List.of("/operator/reviews/%s", "/operator/merchants/%s",
				"/operator/reviews?kind=%s&status=%s&merchant=%s&page=%s", "/operator/files/%s");
		int n = 0;
		for (String address : concat(merchantAddresses, operatorAddresses)) {
			int slots = address.split("%s", -1).length - 1;
			Object[] values = new Object[slots];
			for (int i = 0; i < slots; i++) {
				Payload payload = XssPayloads.ALL.get(n++ % XssPayloads.ALL.size());
				boolean inQuery = address.indexOf('?') >= 0 && address.indexOf('?') < address.indexOf("%s");
				values[i] = inQuery ? java.net.URLEncoder.encode(payload.text(), StandardCharsets.UTF_8)
						: org.springframework.web.util.UriUtils.encodePathSegment(payload.text(),
								StandardCharsets.UTF_8);
				written("address " + address + " " + i, payload);
			}
			String user = operatorAddresses.contains(address) ? OPERATOR : this.seller;
			this.visits.add(new Visit(user, "en", address.formatted(values), List.of(), false, true, null));
		}
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	// The operators' lists

	private void operatorPages() {
		visit(OPERATOR, "/operator", List.of());
		visit(OPERATOR, "/notifications", List.of());
		audit(OPERATOR, "/operator/audit?action=REVIEW_REJECTED", List.of());
		long total = this.jdbc.queryForObject("SELECT COUNT(*) FROM review_request", Long.class);
		long pages = (total + 19) / 20;
		visit(OPERATOR, "/operator/reviews?status=ALL&page=" + pages, List.of());
	}

	// Helpers

	private MvcResult as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request.with(this.users.as(user)).with(csrf()).header("Accept-Language", "en"))
			.andReturn();
	}

	private static void expectRedirect(MvcResult result, String location) throws Exception {
		assertThat(result.getResponse().getStatus())
			.as("%s %s answered %s", result.getRequest().getMethod(), result.getRequest().getRequestURI(),
					errors(result.getResponse().getContentAsString(StandardCharsets.UTF_8)))
			.isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).startsWith(location);
	}

	/** The messages of a form that was refused, with the fields they are on. */
	private static String errors(String page) {
		List<String> errors = new ArrayList<>();
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("(id=\"([^\"]+)\"[^>]*is-invalid|is-invalid[^>]*id=\"([^\"]+)\")|"
					+ "class=\"(?:invalid-feedback|alert alert-danger)[^\"]*\"[^>]*>([^<]*)<")
			.matcher(page);
		while (m.find()) {
			errors.add((m.group(4) != null) ? m.group(4).strip()
					: "field " + ((m.group(2) != null) ? m.group(2) : m.group(3)));
		}
		return errors.isEmpty() ? page.substring(0, Math.min(page.length(), 500)) : errors.toString();
	}

	private void written(String field, Payload payload) {
		this.written.add(field + "|" + payload.number());
	}

	private void written(String family, Map<String, Payload> record) {
		record.forEach((field, payload) -> written(family + "." + field, payload));
	}

	private void visit(String user, String path, List<Payload> shows) {
		this.visits.add(new Visit(user, "en", path, List.copyOf(shows), false, false, null));
	}

	private void visitZh(String user, String path, List<Payload> shows) {
		this.visits.add(new Visit(user, "zh-CN", path, List.copyOf(shows), false, false, null));
	}

	private void audit(String user, String path, List<Payload> shows) {
		this.visits.add(new Visit(user, "en", path, List.copyOf(shows), true, false, null));
	}

	private static List<Payload> values(Map<String, Payload> map, Payload... more) {
		List<Payload> values = new ArrayList<>(map.values());
		values.addAll(List.of(more));
		return values;
	}

}

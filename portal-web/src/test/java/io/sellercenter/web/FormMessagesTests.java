package io.sellercenter.web;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.sellercenter.product.ProductApplication;
import io.sellercenter.product.ProductContent;
import io.sellercenter.product.ProductService;
import io.sellercenter.product.ProductType;
import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form of the portal, sent with bad values in both languages: each answer names
 * what is wrong in the portal's own words, never in the validator's default ones ("must
 * not be blank", "不能为空") nor in Spring's ("Failed to convert property value...").
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormMessagesTests {

	/** Spring's own texts of a binding failure. */
	private static final List<String> SPRING_DEFAULTS = List.of("Failed to convert", "Failed to bind",
			"nested exception", "java.lang.", "java.time.", "java.math.", "NumberFormatException");

	private static final Path MAIN_CLASSES = Path.of("target/classes");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProductService products;

	TestUsers users;

	/** A main account of its own, not onboarded yet. */
	String newcomer;

	/** A certified main account of its own, with a draft of a data-file product. */
	String seller;

	long draftId;

	/** Acme's ids the forms of existing records need. */
	long acmeProduct;

	long acmeOps;

	long acmeGroup;

	/** Texts of Hibernate Validator's default messages, in English and Chinese. */
	Set<String> validatorDefaults;

	@BeforeAll
	void fixtures() throws IOException {
		this.users = new TestUsers(this.jdbc);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.newcomer = mainAccount("fm-new-" + tag, "NOT_SUBMITTED");
		this.seller = mainAccount("fm-sell-" + tag, "CERTIFIED");
		ProductApplication draft = this.products.createDraft(this.users.current(this.seller), ProductType.DATA_FILE,
				ProductContent.empty());
		this.draftId = draft.id();
		this.acmeProduct = this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = 'WordPress One-Click'",
				Long.class);
		this.acmeOps = this.users.current("acme-ops").userId();
		this.acmeGroup = this.jdbc
			.queryForObject("SELECT g.id FROM permission_group g JOIN merchant m ON m.id = g.merchant_id"
					+ " WHERE m.domain_id = 'acme' AND g.name = 'Operations'", Long.class);
		this.validatorDefaults = validatorDefaults();
	}

	/** A form, who sends it, and whether the page must show errors next to fields. */
	record Submission(String name, String user, Supplier<AbstractMockHttpServletRequestBuilder<?>> request,
			boolean fieldErrors) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	List<Submission> submissions() {
		String tooLong = "x".repeat(301);
		return List.of(
				new Submission("onboarding, empty", this.newcomer,
						() -> profile(multipart("/merchant/onboarding"), "", "", "", "", ""), true),
				new Submission("onboarding, wrong values", this.newcomer,
						() -> profile(multipart("/merchant/onboarding"), tooLong, "12345", "not a phone",
								"not-an-address", "NOT_A_TAX_TYPE"),
						true),
				new Submission("onboarding, wrong credit code", this.newcomer,
						() -> profile(multipart("/merchant/onboarding"), "Code Ltd", "91110000802100433C",
								"+86 10 1234 5678", "a@b.example", "GENERAL"),
						true),
				new Submission("profile change, empty", "acme-admin",
						() -> profile(multipart("/merchant/profile/change"), "", "", "", "", ""), true),
				new Submission("contacts", "acme-admin",
						() -> post("/merchant/profile/contacts").param("contactPhone", "phone")
							.param("contactEmail", "mail")
							.param("financeName", "")
							.param("financePhone", "")
							.param("financeEmail", "x".repeat(300)),
						true),
				new Submission("new sub-user", "acme-admin",
						() -> post("/sub-users").param("userName", "")
							.param("displayName", tooLong)
							.param("groupIds", "abc"),
						true),
				new Submission("sub-user", "acme-admin",
						() -> post("/sub-users/" + this.acmeOps).param("userName", "acme-ops")
							.param("displayName", tooLong)
							.param("groupIds", "abc"),
						true),
				new Submission("new group", "acme-admin",
						() -> post("/sub-users/groups").param("name", "").param("menus", "NOT_A_MENU"), true),
				new Submission("group", "acme-admin",
						() -> post("/sub-users/groups/" + this.acmeGroup).param("name", tooLong)
							.param("menus", "NOT_A_MENU"),
						true),
				new Submission("asset", "acme-admin", () -> post("/assets").param("region", "").param("imageId", "%%"),
						true),
				new Submission("notification settings", "acme-admin",
						() -> post("/notifications/settings").param("on", "ONBOARDING_APPROVED:EMAIL"), true),
				new Submission("service hours", "acme-admin",
						() -> post("/tickets/service-hours").param("days", "MONDAY", "FUNDAY")
							.param("opens", "nine")
							.param("closes", "")
							.param("zone", "Mars/Olympus_Mons")
							.param("firstResponseHours", "soon"),
						true),
				new Submission("grant, not a date", "acme-admin",
						() -> post("/products/" + this.acmeProduct + "/grants").param("userId", "someone")
							.param("role", "NOT_A_ROLE")
							.param("expiresOn", "next friday"),
						true),
				new Submission("grant, a past day", "acme-admin",
						() -> post("/products/" + this.acmeProduct + "/grants")
							.param("userId", String.valueOf(this.acmeOps))
							.param("role", "VIEW")
							.param("expiresOn", "2001-01-01"),
						true),
				// The publish form's own errors are its page's business; here only that
				// no default text reaches it.
				new Submission("publish form, not numbers", this.seller,
						() -> post("/products/applications/" + this.draftId).param("nameZh", "数据")
							.param("deliveryDays", "a week")
							.param("specs[0].nameZh", "规格")
							.param("specs[0].chargingMode", "MONTHLY")
							.param("specs[0].price", "cheap"),
						false));
	}

	@TestFactory
	Stream<DynamicTest> everyFormNamesItsErrorsInThePortalsOwnWords() {
		return submissions().stream()
			.flatMap((submission) -> Stream.of("en", "zh-CN")
				.map((lang) -> DynamicTest.dynamicTest(submission + " (" + lang + ")", () -> check(submission, lang))));
	}

	private void check(Submission submission, String lang) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(submission.request().get().param("lang", lang).with(this.users.as(submission.user())).with(csrf()))
			.andReturn()
			.getResponse();
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		String text = page.text();
		for (String fragment : this.validatorDefaults) {
			assertThat(text).as("a default text of the validator").doesNotContain(fragment);
		}
		for (String fragment : SPRING_DEFAULTS) {
			assertThat(text).as("a default text of Spring's binding").doesNotContain(fragment);
		}
		if (submission.fieldErrors()) {
			assertThat(response.getStatus()).as("the form again").isEqualTo(200);
			assertThat(page.select(".invalid-feedback").eachText()).as("errors next to the fields")
				.isNotEmpty()
				.allSatisfy((error) -> assertThat(error).isNotBlank());
			if (lang.equals("en")) {
				assertThat(String.join(" ", page.select(".invalid-feedback").eachText())).as("English words")
					.doesNotContainPattern("\\p{IsHan}");
			}
			else {
				assertThat(page.select(".invalid-feedback").eachText()).as("Chinese words")
					.allSatisfy((error) -> assertThat(error).containsPattern("\\p{IsHan}"));
			}
		}
	}

	@Test
	void aNonNumberInANumberFieldIsNamedInWords() throws Exception {
		String page = this.mvc
			.perform(post("/products/" + this.acmeProduct + "/grants").param("userId", String.valueOf(this.acmeOps))
				.param("role", "VIEW")
				.param("expiresOn", "next friday")
				.param("lang", "en")
				.with(this.users.as("acme-admin"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(Jsoup.parse(page).select("[data-testid=grant-expires-error]").text())
			.isEqualTo("Enter a date, such as 2026-12-31.");
		String group = this.mvc
			.perform(post("/sub-users/groups").param("name", "Valid name")
				.param("menus", "NOT_A_MENU")
				.param("lang", "zh-CN")
				.with(this.users.as("acme-admin"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(group).select(".invalid-feedback").text()).isEqualTo("无法识别此值，请重新填写或选择。");
	}

	/**
	 * Every constraint on a form of the portal has wording of its own in both bundles:
	 * the default message key of its annotation, or the key its {@code message} names.
	 */
	@Test
	void everyConstraintOnAFormHasThePortalsWordingInBothLanguages() throws Exception {
		Properties chinese = bundle("messages.properties");
		Properties english = bundle("messages_en.properties");
		Set<String> keys = new LinkedHashSet<>();
		for (Class<?> form : forms()) {
			for (RecordComponent component : form.getRecordComponents()) {
				for (Annotation constraint : constraints(form.getDeclaredField(component.getName()))) {
					keys.add(messageKey(constraint));
				}
			}
		}
		assertThat(keys).as("constraints found on the forms").isNotEmpty();
		assertThat(keys).allSatisfy((key) -> {
			assertThat(chinese).as("messages.properties").containsKey(key);
			assertThat(english).as("messages_en.properties").containsKey(key);
		});
	}

	/** The form records of the portal: its records with a constraint on a component. */
	private static List<Class<?>> forms() throws IOException, ClassNotFoundException {
		List<Class<?>> forms = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN_CLASSES.resolve("io/sellercenter"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".class")).toList()) {
				String name = MAIN_CLASSES.relativize(file).toString().replace('/', '.').replace(".class", "");
				Class<?> type = Class.forName(name, false, FormMessagesTests.class.getClassLoader());
				if (type.isRecord()
						&& Arrays.stream(type.getDeclaredFields()).anyMatch((field) -> !constraints(field).isEmpty())) {
					forms.add(type);
				}
			}
		}
		assertThat(forms).extracting(Class::getSimpleName).contains("ProfileForm", "GrantForm", "SubUserForm");
		return forms;
	}

	private static List<Annotation> constraints(Field field) {
		return Arrays.stream(field.getAnnotations())
			.filter((a) -> a.annotationType().getPackageName().equals("jakarta.validation.constraints"))
			.toList();
	}

	private static String messageKey(Annotation constraint) throws ReflectiveOperationException {
		Method message = constraint.annotationType().getMethod("message");
		String template = (String) message.invoke(constraint);
		return template.substring(1, template.length() - 1);
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B profile(B request, String company,
			String registration, String phone, String email, String taxType) {
		return request.param("companyName", company)
			.param("registrationNumber", registration)
			.param("address", company)
			.param("contactPerson", company)
			.param("contactPhone", phone)
			.param("contactEmail", email)
			.param("financeName", company)
			.param("financePhone", phone)
			.param("financeEmail", email)
			.param("taxNumber", registration)
			.param("taxType", taxType);
	}

	private String mainAccount(String domain, String certification) {
		this.jdbc.update("""
				INSERT INTO merchant (domain_id, name, certification, created_at, updated_at)
				VALUES (?, ?, ?, '2001-01-01 00:00:00', '2001-01-01 00:00:00')""", domain, "Forms " + domain,
				certification);
		long merchant = this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domain);
		this.jdbc.update(
				"""
						INSERT INTO portal_user (merchant_id, domain_id, user_name, account_type, display_name, status, registered_at)
						VALUES (?, ?, ?, 'MAIN', 'Form Tester', 'ACTIVE', UTC_TIMESTAMP(6))""",
				merchant, domain, domain + "-admin");
		return domain + "-admin";
	}

	/**
	 * The fixed parts of Hibernate Validator's messages (between their placeholders), as
	 * long as they are telling: "must not be blank", "不能为空".
	 */
	private static Set<String> validatorDefaults() throws IOException {
		Set<String> fragments = new LinkedHashSet<>();
		for (String bundle : List.of("ValidationMessages.properties", "ValidationMessages_zh.properties",
				"ValidationMessages_zh_CN.properties")) {
			Properties messages = new Properties();
			try (InputStream in = jakarta.validation.Validator.class.getClassLoader()
				.getResourceAsStream("org/hibernate/validator/" + bundle)) {
				assertThat(in).as(bundle).isNotNull();
				messages.load(in);
			}
			for (String message : messages.stringPropertyNames().stream().map(messages::getProperty).toList()) {
				for (String fragment : message.split("\\$?\\{[^}]*}")) {
					String trimmed = fragment.strip();
					if (trimmed.length() >= (trimmed.codePoints().anyMatch(Character::isIdeographic) ? 4 : 8)) {
						fragments.add(trimmed);
					}
				}
			}
		}
		assertThat(fragments).contains("must not be blank", "不能为空");
		return fragments;
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FormMessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

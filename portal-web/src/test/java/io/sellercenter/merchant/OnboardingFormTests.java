package io.sellercenter.merchant;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registration number at onboarding: a company in mainland China gives its unified
 * social credit code, checked with its check character; an overseas company its own
 * country's number.
 */
@PortalTest
class OnboardingFormTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	TestUsers users;

	String admin;

	long merchant;

	@BeforeEach
	void newcomer() {
		this.users = new TestUsers(this.jdbc);
		String domain = "ob" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("""
				INSERT INTO merchant (domain_id, name, certification, created_at, updated_at)
				VALUES (?, ?, 'NOT_SUBMITTED', '2001-01-01 00:00:00', '2001-01-01 00:00:00')""", domain,
				"Onboarding " + domain);
		this.merchant = this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domain);
		this.admin = domain + "-admin";
		this.jdbc.update(
				"""
						INSERT INTO portal_user (merchant_id, domain_id, user_name, account_type, display_name, status, registered_at)
						VALUES (?, ?, ?, 'MAIN', 'Onboarding Tester', 'ACTIVE', UTC_TIMESTAMP(6))""",
				this.merchant, domain, this.admin);
	}

	@Test
	void aMistypedCodeIsNamedNextToTheFieldInBothLanguagesAndNothingIsSubmitted() throws Exception {
		// Bank of China's code with its last character changed.
		Document english = refused(onboarding("91110000802100433C", "GENERAL").param("lang", "en"));
		assertThat(english.select("[data-testid=registrationNumber-error]").text())
			.startsWith("The last character, the check character, does not match the first 17");
		assertThat(english.select("#registrationNumber").hasClass("is-invalid")).isTrue();
		assertThat(english.select("#registrationNumber").val()).isEqualTo("91110000802100433C");

		Document chinese = refused(onboarding("91110000802100433C", "GENERAL").param("lang", "zh-CN"));
		assertThat(chinese.select("[data-testid=registrationNumber-error]").text()).startsWith("最后一位校验码与前 17 位不符");

		assertThat(submitted()).isZero();
	}

	@Test
	void aCodeOfTheWrongLengthOrWithLettersTheCodeLeavesOutSaysWhatACodeIs() throws Exception {
		for (String code : new String[] { "91330100MA2INITEC", "91110000802100433", "9111000080210O433B" }) {
			Document page = refused(onboarding(code, "SMALL_SCALE").param("lang", "en"));
			assertThat(page.select("[data-testid=registrationNumber-error]").text()).as(code)
				.startsWith("A unified social credit code has 18 characters");
		}
		assertThat(submitted()).isZero();
	}

	@Test
	void aValidCodeIsTakenAsPeopleTypeItAndStoredInCapitals() throws Exception {
		this.mvc.perform(onboarding(" 91110000802100433b ", "GENERAL")).andExpect(redirectedUrl("/merchant/profile"));

		assertThat(this.jdbc.queryForObject("SELECT new_values FROM review_request WHERE merchant_id = ?", String.class,
				this.merchant))
			.contains("\"registrationNumber\":\"91110000802100433B\"");
	}

	@Test
	void anOverseasCompanyGivesItsOwnCountrysNumber() throws Exception {
		this.mvc.perform(onboarding("HRB 123456 B", "OVERSEAS")).andExpect(redirectedUrl("/merchant/profile"));

		assertThat(submitted()).isOne();
	}

	private Document refused(MockMultipartHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private MockMultipartHttpServletRequestBuilder onboarding(String registrationNumber, String taxType) {
		MockMultipartHttpServletRequestBuilder request = multipart("/merchant/onboarding");
		request.file(new MockMultipartFile("licence", "licence.pdf", "application/pdf", PDF))
			.param("companyName", "Code Check Ltd")
			.param("registrationNumber", registrationNumber)
			.param("address", "1 Test Road, Hangzhou")
			.param("contactPerson", "Tess")
			.param("contactPhone", "+86 571 8000 0001")
			.param("contactEmail", "tess@code.example")
			.param("financeName", "Finn")
			.param("financePhone", "+86 571 8000 0002")
			.param("financeEmail", "finn@code.example")
			.param("taxNumber", "91110000802100433B")
			.param("taxType", taxType)
			.with(this.users.as(this.admin))
			.with(csrf());
		return request;
	}

	private long submitted() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM review_request WHERE merchant_id = ?", Long.class,
				this.merchant);
	}

}

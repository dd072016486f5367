package io.sellercenter.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.AccountType;
import io.sellercenter.user.Identity;
import io.sellercenter.user.UserService;
import io.sellercenter.testsupport.PortalTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every kind of stored file comes back, byte for byte, through each route that serves it
 * (the merchant's profile, the product pages, the operator's review), as an attachment
 * that the browser will not render; and each route serves only the files of its own
 * feature, under that feature's rules.
 */
@Tag("attack")
@PortalTest
class FileDownloadTests {

	static final byte[] PDF = "%PDF-1.4\n% a test document\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
			0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserService users;

	/** The operator as sign-in makes them (operators have no row until they sign in). */
	@BeforeEach
	void operatorHasSignedIn() {
		this.users.signIn(new Identity("u-mkt-reviewer", "marketplace", "Marketplace", "mkt-reviewer",
				AccountType.OPERATOR, "Mia Reviewer", "mkt-reviewer@marketplace.example"));
	}

	@Test
	void profileFilesComeBackWholeToTheMerchantAndTheOperator() throws Exception {
		long licence = this.jdbc.queryForObject(
				"SELECT f.id FROM stored_file f JOIN merchant m ON m.id = f.merchant_id"
						+ " WHERE m.domain_id = 'acme' AND f.purpose = 'BUSINESS_LICENCE' ORDER BY f.id LIMIT 1",
				Long.class);
		assertSameBytes(download("/merchant/files/" + licence, "acme-admin"), licence);
		assertSameBytes(download("/operator/files/" + licence, "mkt-reviewer"), licence);
	}

	/** Globex's, so that Acme's profile stays as the cross-tenant harness expects it. */
	@Test
	void complianceLetterComesBackWhole() throws Exception {
		long before = maxFileId();
		this.mvc.perform(multipart("/merchant/profile/compliance")
			.file(new MockMultipartFile("letter", "letter.pdf", "application/pdf", PDF))
			.with(users().as("globex-admin"))
			.with(csrf()));
		long letter = this.jdbc.queryForObject(
				"SELECT MAX(id) FROM stored_file WHERE purpose = 'COMPLIANCE_LETTER' AND id > ?", Long.class, before);

		assertSameBytes(download("/merchant/files/" + letter, "globex-admin"), letter);
		assertThat(bytes(download("/merchant/files/" + letter, "globex-admin"))).isEqualTo(PDF);
		assertSameBytes(download("/operator/files/" + letter, "mkt-reviewer"), letter);
	}

	@Test
	void everyProductFileComesBackWholeThroughTheProductPagesAndTheReview() throws Exception {
		Map<String, Long> files = productFiles();
		assertThat(files).hasSize(6);
		for (long id : files.values()) {
			assertSameBytes(download("/products/files/" + id, "acme-admin"), id);
			assertSameBytes(download("/operator/files/" + id, "mkt-reviewer"), id);
		}
		assertThat(bytes(download("/products/files/" + files.get("LOGO"), "acme-admin"))).isEqualTo(PNG);
		assertThat(download("/products/files/" + files.get("LOGO"), "acme-admin").getContentType())
			.isEqualTo("image/png");
	}

	@Test
	void aProductFileIsNotServedAsAProfileFile() throws Exception {
		long logo = productFiles().get("LOGO");
		// acme-support reads the merchant's profile (MERCHANT_INFO) but has no product
		// grant.
		assertThat(download("/merchant/files/" + logo, "acme-support").getStatus()).isEqualTo(404);
		assertThat(download("/merchant/files/" + logo, "acme-admin").getStatus()).isEqualTo(404);
		assertThat(download("/products/files/" + logo, "acme-ops").getStatus())
			.as("a sub-user without a grant on the product")
			.isEqualTo(404);
	}

	@Test
	void aProfileFileIsNotServedAsAProductFile() throws Exception {
		long licence = this.jdbc.queryForObject(
				"SELECT f.id FROM stored_file f JOIN merchant m ON m.id = f.merchant_id"
						+ " WHERE m.domain_id = 'acme' AND f.purpose = 'BUSINESS_LICENCE' ORDER BY f.id LIMIT 1",
				Long.class);
		assertThat(download("/products/files/" + licence, "acme-admin").getStatus()).isEqualTo(404);
	}

	@Test
	void operatorDownloadsAndProfileViewsAreAudited() throws Exception {
		long licence = this.jdbc.queryForObject(
				"SELECT f.id FROM stored_file f JOIN merchant m ON m.id = f.merchant_id"
						+ " WHERE m.domain_id = 'globex' AND f.purpose = 'BUSINESS_LICENCE' ORDER BY f.id LIMIT 1",
				Long.class);
		long globex = this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'globex'", Long.class);
		long audits = audits(globex, "OPERATOR_FILE_DOWNLOADED");
		long views = audits(globex, "OPERATOR_PROFILE_VIEWED");

		assertThat(download("/operator/files/" + licence, "mkt-reviewer").getStatus()).isEqualTo(200);
		this.mvc.perform(get("/operator/merchants/" + globex).with(users().as("mkt-reviewer")));

		assertThat(audits(globex, "OPERATOR_FILE_DOWNLOADED")).isEqualTo(audits + 1);
		assertThat(audits(globex, "OPERATOR_PROFILE_VIEWED")).isEqualTo(views + 1);
		assertThat(
				this.jdbc.queryForObject(
						"SELECT actor_name FROM audit_log WHERE merchant_id = ?"
								+ " AND action = 'OPERATOR_FILE_DOWNLOADED' ORDER BY id DESC LIMIT 1",
						String.class, globex))
			.isEqualTo("mkt-reviewer");
	}

	private long audits(long merchant, String action) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE merchant_id = ? AND action = ?",
				Long.class, merchant, action);
	}

	/**
	 * A data-file draft of Acme's with every kind of product file uploaded: purpose to
	 * id.
	 */
	private Map<String, Long> productFiles() throws Exception {
		String location = this.mvc
			.perform(post("/products/new").param("type", "DATA_FILE").with(users().as("acme-admin")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long draft = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(multipart("/products/applications/{id}", draft)
			.file(new MockMultipartFile("logoFile", "logo.png", "image/png", PNG))
			.file(new MockMultipartFile("userGuideFile", "guide.pdf", "application/pdf", PDF))
			.file(new MockMultipartFile("rightsCertificateFile", "rights.pdf", "application/pdf", PDF))
			.file(new MockMultipartFile("complianceReportFile", "compliance.pdf", "application/pdf", PDF))
			.file(new MockMultipartFile("qualityReportFile", "quality.pdf", "application/pdf", PDF))
			.file(new MockMultipartFile("dataItemsFile", "items.xlsx", "application/octet-stream", workbook()))
			.param("nameZh", "下载测试")
			.with(users().as("acme-admin"))
			.with(csrf()));
		Map<String, Long> files = new java.util.LinkedHashMap<>();
		for (Map<String, Object> row : this.jdbc
			.queryForList("SELECT id, purpose FROM stored_file WHERE application_id = ? ORDER BY id", draft)) {
			String purpose = (String) row.get("purpose");
			long id = ((Number) row.get("id")).longValue();
			files.put(files.containsKey(purpose) ? purpose + "-" + id : purpose, id);
		}
		return files;
	}

	private static byte[] workbook() throws IOException {
		try (InputStream in = FileDownloadTests.class.getResourceAsStream("/datafile/data-items-good.xlsx")) {
			return in.readAllBytes();
		}
	}

	private void assertSameBytes(MockHttpServletResponse response, long fileId) {
		assertThat(response.getStatus()).as("download of file %d", fileId).isEqualTo(200);
		byte[] stored = this.jdbc.queryForObject("SELECT content FROM stored_file WHERE id = ?", byte[].class, fileId);
		assertThat(response.getContentAsByteArray()).isEqualTo(stored);
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	private static byte[] bytes(MockHttpServletResponse response) {
		return response.getContentAsByteArray();
	}

	private MockHttpServletResponse download(String path, String user) throws Exception {
		return this.mvc.perform(get(path).with(users().as(user))).andReturn().getResponse();
	}

	private long maxFileId() {
		Long max = this.jdbc.queryForObject("SELECT MAX(id) FROM stored_file", Long.class);
		return (max != null) ? max : 0;
	}

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

}

package io.sellercenter.product;

import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploads of the publish form that are refused leave a message and store nothing. */
@PortalTest
class ProductUploadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void dataItemWorkbookOverTenMegabytesIsRefusedAndNothingStored() throws Exception {
		long draft = newDraft("DATA_FILE");
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		big[0] = 'P';
		big[1] = 'K';
		big[2] = 3;
		big[3] = 4;
		long files = count();

		this.mvc
			.perform(multipart("/products/applications/{id}", draft)
				.file(new MockMultipartFile("dataItemsFile", "items.xlsx", "application/octet-stream", big))
				.param("nameZh", "大文件")
				.header("Accept-Language", "en")
				.with(users().as("acme-admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is too large for this field.")));
		assertThat(count()).isEqualTo(files);
	}

	@Test
	void logoThatIsNotAnImageIsRefusedAndNothingStored() throws Exception {
		long draft = newDraft("CONSULTING");
		long files = count();

		this.mvc
			.perform(multipart("/products/applications/{id}", draft)
				.file(new MockMultipartFile("logoFile", "logo.png", "image/png", "<svg onload=alert(1)>".getBytes()))
				.header("Accept-Language", "en")
				.with(users().as("acme-admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file&#39;s content is not of an allowed type.")));
		assertThat(count()).isEqualTo(files);
	}

	private long newDraft(String type) throws Exception {
		String location = this.mvc
			.perform(post("/products/new").param("type", type).with(users().as("acme-admin")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM stored_file", Long.class);
	}

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

}

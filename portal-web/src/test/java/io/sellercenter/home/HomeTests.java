package io.sellercenter.home;

import java.nio.charset.StandardCharsets;

import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class HomeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void homeWhenMerchantThenShowsItsNameAndCertification() throws Exception {
		this.mvc.perform(get("/").with(users().as("globex-admin")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Globex Data")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Certified")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Acme Cloud"))));
	}

	@Test
	void homeWhenOperatorThenRedirectedToOperatorHome() throws Exception {
		this.jdbc.update("""
				INSERT IGNORE INTO portal_user (domain_id, user_name, account_type, display_name, status, registered_at)
				VALUES ('marketplace', 'mkt-reviewer', 'OPERATOR', 'Rita Reviewer', 'ACTIVE', UTC_TIMESTAMP(6))
				""");
		this.mvc.perform(get("/").with(users().as("mkt-reviewer"))).andExpect(redirectedUrl("/operator"));
		// The newest merchants, whichever they are: other tests of this run add merchants
		// of their own.
		Document page = Jsoup
			.parse(this.mvc.perform(get("/operator").with(users().as("mkt-reviewer")).header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.text()).contains(this.jdbc
			.queryForList("SELECT name FROM merchant ORDER BY created_at DESC, id DESC LIMIT 10", String.class));
		assertThat(page.selectFirst("[data-testid=merchant-count]").text())
			.isEqualTo(String.valueOf(this.jdbc.queryForObject("SELECT COUNT(*) FROM merchant", Long.class)));
	}

	@Test
	void operatorHomeWhenMerchantUserThenForbidden() throws Exception {
		this.mvc.perform(get("/operator").with(users().as("acme-ops"))).andExpect(status().isForbidden());
	}

	@Test
	void homeWhenNotSignedInThenSignInPage() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

}

package io.sellercenter.product;

import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The spec rows of the publish form as a browser sends them. */
@PortalTest
class SpecFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** An unticked check box is not sent at all: the row is saved off sale. */
	@Test
	void specWithOnSaleUntickedIsSavedOffSale() throws Exception {
		TestUsers users = new TestUsers(this.jdbc);
		String location = this.mvc
			.perform(post("/products/new").param("type", "IMAGE").with(users.as("acme-admin")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc
			.perform(multipart(location).param("specs[0].nameZh", "停售")
				.param("specs[0].nameEn", "Off sale")
				.param("specs[0].chargingMode", "MONTHLY")
				.param("specs[0].price", "9.90")
				.param("specs[0].currency", "CNY")
				.param("action", "save")
				.with(users.as("acme-admin"))
				.with(csrf()))
			.andExpect(redirectedUrl(location));
		Document form = Jsoup.parse(this.mvc.perform(get(location).with(users.as("acme-admin")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(form.selectFirst("input[name='specs[0].nameEn']").attr("value")).isEqualTo("Off sale");
		assertThat(form.selectFirst("input[name='specs[0].onSale']").hasAttr("checked")).isFalse();
	}

}

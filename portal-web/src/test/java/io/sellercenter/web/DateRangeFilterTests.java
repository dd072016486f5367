package io.sellercenter.web;

import java.util.List;

import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list with a date range says, next to its fields, that a start after the end finds
 * nothing, instead of showing an empty list without a reason; a range the right way round
 * says nothing.
 */
@PortalTest
class DateRangeFilterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@CsvSource({ "acme-admin, /audit", "mkt-reviewer, /operator/audit", "acme-admin, /orders", "acme-admin, /usage" })
	void aReversedRangeSaysSoNextToItsFields(String user, String list) throws Exception {
		operator();
		Document reversed = page(user, list + "?from=2026-11-21&to=2026-11-20", "en");
		Element error = reversed.selectFirst("[data-testid=date-range-error]");
		assertThat(error).as(list).isNotNull();
		assertThat(error.text()).startsWith("The start date is after the end date");
		assertThat(error.parent().selectFirst("input#to")).isNotNull();
		for (Element field : List.of(reversed.selectFirst("input#from"), reversed.selectFirst("input#to"))) {
			assertThat(field.attr("aria-invalid")).isEqualTo("true");
			assertThat(field.attr("aria-describedby")).isEqualTo(error.id());
			assertThat(field.hasClass("is-invalid")).isTrue();
		}
		assertThat(reversed.selectFirst("input#from").val()).isEqualTo("2026-11-21");

		Document zh = page(user, list + "?from=2026-11-21&to=2026-11-20", "zh-CN");
		assertThat(zh.selectFirst("[data-testid=date-range-error]").text()).startsWith("起始日期晚于截止日期");

		for (String fine : List.of("?from=2026-11-20&to=2026-11-20", "?from=2026-11-21", "?to=2026-11-20", "")) {
			Document page = page(user, list + fine, "en");
			assertThat(page.select("[data-testid=date-range-error]")).as(list + fine).isEmpty();
			assertThat(page.selectFirst("input#from").hasAttr("aria-invalid")).isFalse();
		}
	}

	private Document page(String user, String path, String language) throws Exception {
		String html = this.mvc
			.perform(get(path).header("Accept-Language", language).with(new TestUsers(this.jdbc).as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private void operator() {
		this.jdbc.update("""
				INSERT IGNORE INTO portal_user (domain_id, user_name, account_type, display_name, status, registered_at)
				VALUES ('marketplace', 'mkt-reviewer', 'OPERATOR', 'Rita Reviewer', 'ACTIVE', UTC_TIMESTAMP(6))
				""");
	}

}

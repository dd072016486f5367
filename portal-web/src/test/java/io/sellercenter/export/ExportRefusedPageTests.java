package io.sellercenter.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import jakarta.servlet.http.Cookie;

import io.sellercenter.order.OrderFixtures;
import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A merchant that already runs as many exports as it may (here on other portal instances:
 * their rows have fresh heartbeats) gets a page that says so, with 429, in the reader's
 * language, for either kind of export; nothing is written or recorded. Once one of them
 * is no longer alive, the export runs.
 */
@Tag("attack")
@PortalTest
class ExportRefusedPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void exportBeyondTheMerchantsLimitShowsAPageInTheReadersLanguage() throws Exception {
		OrderFixtures merchant = new OrderFixtures(this.jdbc, "限额", "Limits");
		merchant.order("L-1", "Contoso Ltd", "contoso", LocalDateTime.of(2026, 3, 1, 0, 0));
		running(merchant, "USAGE");
		long other = running(merchant, "ORDERS");
		long rows = exports(merchant);

		MockHttpServletResponse chinese = export(merchant, "/orders/export", null);
		assertThat(chinese.getStatus()).isEqualTo(429);
		assertThat(chinese.getContentType()).startsWith("text/html");
		Document page = Jsoup.parse(chinese.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.selectFirst("h1").text()).isEqualTo("已有导出正在进行");
		assertThat(page.selectFirst("[data-testid=export-refused] p").text()).contains("2 个");
		assertThat(page.selectFirst("[data-testid=refused-history]").attr("href")).isEqualTo("/orders/export-history");
		assertThat(page.selectFirst("[data-testid=refused-back]").attr("href")).isEqualTo("/orders?customer=Contoso");

		MockHttpServletResponse english = export(merchant, "/usage/export", "en");
		assertThat(english.getStatus()).isEqualTo(429);
		Document englishPage = Jsoup.parse(english.getContentAsString(StandardCharsets.UTF_8));
		assertThat(englishPage.selectFirst("h1").text()).isEqualTo("An export is already running");
		assertThat(englishPage.selectFirst("[data-testid=export-refused] p").text())
			.contains("as many exports running as it may run at once (2)");
		assertThat(englishPage.selectFirst("[data-testid=refused-history]").attr("href"))
			.isEqualTo("/usage/export-history");
		assertThat(exports(merchant)).as("nothing recorded").isEqualTo(rows);

		this.jdbc.update("UPDATE order_export SET heartbeat_at = UTC_TIMESTAMP(6) - INTERVAL 10 MINUTE WHERE id = ?",
				other);
		MockHttpServletResponse file = export(merchant, "/orders/export", null);
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentAsString(StandardCharsets.UTF_8)).contains("L-1");
	}

	/** An export running on another instance of the portal. */
	private long running(OrderFixtures merchant, String kind) {
		this.jdbc.update("""
				INSERT INTO order_export (merchant_id, kind, user_id, user_name, filter, status, rows_written,
				                          started_at, heartbeat_at)
				SELECT merchant_id, ?, id, user_name, '', 'RUNNING', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
				FROM portal_user WHERE user_name = ?""", kind, merchant.mainUser);
		return this.jdbc.queryForObject("SELECT MAX(id) FROM order_export WHERE merchant_id = ?", Long.class,
				merchant.merchantId);
	}

	private long exports(OrderFixtures merchant) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM order_export WHERE merchant_id = ?", Long.class,
				merchant.merchantId);
	}

	private MockHttpServletResponse export(OrderFixtures merchant, String path, String language) throws Exception {
		var request = post(path).with(csrf()).with(new TestUsers(this.jdbc).as(merchant.mainUser));
		if (path.startsWith("/orders")) {
			request.param("customer", "Contoso");
		}
		if (language != null) {
			request.cookie(new Cookie("portal-lang", language));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}

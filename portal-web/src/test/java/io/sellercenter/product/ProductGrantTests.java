package io.sellercenter.product;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import jakarta.servlet.http.Cookie;

import io.sellercenter.notification.TestMerchant;
import io.sellercenter.review.ReviewService;
import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Grants on the product's page: the expiry is the day the main account picked, in its
 * time zone, and a refused grant says why next to the field, storing nothing.
 */
@PortalTest
class ProductGrantTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final Cookie IN_SHANGHAI = new Cookie("portal-tz", SHANGHAI.getId());

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProductService products;

	@Autowired
	ReviewService reviews;

	TestUsers users;

	TestMerchant merchant;

	long product;

	@BeforeEach
	void product() {
		this.users = new TestUsers(this.jdbc);
		this.merchant = TestMerchant.create(this.jdbc);
		this.product = new TestProducts(this.products, this.reviews).listed(this.users.current(this.merchant.admin()),
				"授权咨询", "Granted Consulting");
	}

	@Test
	void theExpiryShowsTheDayThatWasPicked() throws Exception {
		LocalDate lastDay = LocalDate.now(SHANGHAI).plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());

		this.mvc.perform(grant("VIEW", lastDay.toString()).cookie(IN_SHANGHAI))
			.andExpect(redirectedUrl("/products/" + this.product));

		assertThat(this.jdbc.queryForObject("SELECT expires_at FROM product_grant WHERE product_id = ?",
				LocalDateTime.class, this.product))
			.as("the end of that day in Shanghai, in UTC")
			.isEqualTo(
					lastDay.plusDays(1).atStartOfDay(SHANGHAI).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
		Document english = page("en");
		assertThat(english.select("[data-testid=grant-until-" + this.merchant.sub() + "]").text())
			.isEqualTo("valid through " + lastDay);
		assertThat(page("zh-CN").select("[data-testid=grant-until-" + this.merchant.sub() + "]").text())
			.isEqualTo("有效期至 " + lastDay);
	}

	@Test
	void todayIsTheLastDayAndAPastDayIsAnErrorNextToTheField() throws Exception {
		LocalDate yesterday = LocalDate.now(SHANGHAI).minusDays(1);

		String page = this.mvc.perform(grant("VIEW", yesterday.toString()).cookie(IN_SHANGHAI).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document form = Jsoup.parse(page);
		assertThat(form.select("[data-testid=grant-expires-error]").text()).startsWith("Choose today or a later day");
		assertThat(form.select("#grant-expires").hasClass("is-invalid")).isTrue();
		assertThat(form.select("#grant-expires").val()).as("the day as picked").isEqualTo(yesterday.toString());
		assertThat(grants()).as("nothing stored").isZero();

		this.mvc.perform(grant("VIEW", LocalDate.now(SHANGHAI).toString()).cookie(IN_SHANGHAI))
			.andExpect(redirectedUrl("/products/" + this.product));
		assertThat(grants()).isOne();
	}

	@Test
	void aRefusalOfTheServiceIsShownNextToItsField() throws Exception {
		String page = this.mvc.perform(grant("VIEW", "").param("primary", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Jsoup.parse(page).select("[data-testid=grant-primary-error]").text())
			.isEqualTo("只有“服务”角色的授权可以作为主处理人。");
		assertThat(grants()).isZero();
	}

	@Test
	void anotherMerchantsProductIsNotFound() throws Exception {
		this.mvc
			.perform(post("/products/{id}/grants", this.product).param("userId", "1")
				.param("role", "VIEW")
				.param("expiresOn", "2001-01-01")
				.with(this.users.as("globex-admin"))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder grant(String role, String expiresOn) {
		return post("/products/{id}/grants", this.product).param("userId", String.valueOf(this.merchant.subId()))
			.param("role", role)
			.param("expiresOn", expiresOn)
			.with(this.users.as(this.merchant.admin()))
			.with(csrf());
	}

	private Document page(String lang) throws Exception {
		return Jsoup.parse(
				this.mvc
					.perform(get("/products/{id}", this.product).param("lang", lang)
						.cookie(IN_SHANGHAI)
						.with(this.users.as(this.merchant.admin())))
					.andReturn()
					.getResponse()
					.getContentAsString());
	}

	private long grants() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM product_grant WHERE product_id = ?", Long.class,
				this.product);
	}

}

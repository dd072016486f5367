package io.sellercenter.platform;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.sellercenter.analytics.TrafficDay;
import io.sellercenter.analytics.TrafficService;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Daily product traffic through the platform API with real tokens: stored and replaced by
 * a correction of the same day, idempotent on the event id, and refused as a whole (a
 * message per field, nothing stored) when a field breaks its bounds or a product is not
 * the merchant's. Each test writes a day of its own, far back from the demo data's.
 */
@PortalTest
class PlatformTrafficApiTests {

	private static final String TRAFFIC = "/api/platform/v1/traffic";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TrafficService traffic;

	@Test
	void figuresAreStoredForTheMerchantsProducts() throws Exception {
		LocalDate day = daysAgo(120);
		long wordpress = productId("WordPress One-Click");
		long footfall = productId("Retail Footfall Dataset");
		String eventId = id();
		call(traffic(eventId, "acme", day, figures(wordpress, 1200, 800) + ", " + figures(footfall, 50, 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.event_id").value(eventId))
			.andExpect(jsonPath("$.merchant").value("acme"))
			.andExpect(jsonPath("$.day").value(day.toString()))
			.andExpect(jsonPath("$.products").value(2));
		assertThat(figuresOf(wordpress, day)).isEqualTo("1200/800");
		assertThat(figuresOf(footfall, day)).isEqualTo("50/0");
		assertThat(this.jdbc.queryForObject("""
				SELECT m.domain_id FROM analytics_traffic_day t JOIN merchant m ON m.id = t.merchant_id
				WHERE t.product_id = ? AND t.day = ?""", String.class, wordpress, day)).isEqualTo("acme");

		MerchantId acme = new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class));
		assertThat(this.traffic.traffic(acme, List.of(wordpress), day, day))
			.containsExactly(new TrafficDay(wordpress, day, 1200, 800));
		assertThat(this.traffic.traffic(acme, null, day, day)).extracting(TrafficDay::productId)
			.containsExactlyInAnyOrder(wordpress, footfall);
		assertThat(this.traffic.traffic(acme, List.of(), day, day)).isEmpty();
		assertThat(this.traffic.traffic(acme, List.of(productId("City Traffic Data")), day, day))
			.as("another merchant's product")
			.isEmpty();
	}

	@Test
	void demoDataGivesEveryProductOfTheDemoMerchantsNinetyDays() {
		assertThat(this.jdbc.queryForList("""
				SELECT COUNT(t.day) FROM product p JOIN merchant m ON m.id = p.merchant_id
				LEFT JOIN analytics_traffic_day t ON t.product_id = p.id AND t.day BETWEEN ? AND ?
				WHERE m.domain_id IN ('acme', 'globex') GROUP BY p.id""", Long.class, daysAgo(90), daysAgo(1)))
			.isNotEmpty()
			.containsOnly(90L);
		assertThat(count("analytics_traffic_day WHERE day BETWEEN '" + daysAgo(90) + "' AND '" + daysAgo(1)
				+ "' AND (visitors > page_views OR page_views = 0)"))
			.isZero();
	}

	@Test
	void sameEventTwiceGetsTheFirstAnswerAndAnotherBodyIsRefused() throws Exception {
		LocalDate day = daysAgo(130);
		long wordpress = productId("WordPress One-Click");
		String eventId = id();
		String body = traffic(eventId, "acme", day, figures(wordpress, 300, 200));
		String first = call(body).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String second = call(body.replace("\n", " ")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).isEqualTo(first);
		assertThat(count("analytics_traffic_day WHERE day = '" + day + "' AND product_id = " + wordpress)).isEqualTo(1);
		assertThat(count("platform_event WHERE event_id = '" + eventId + "'")).isEqualTo(1);

		call(traffic(eventId, "acme", day, figures(wordpress, 301, 200))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("event_id"));
		assertThat(figuresOf(wordpress, day)).isEqualTo("300/200");
	}

	@Test
	void theSameDaySentAgainReplacesItsFigures() throws Exception {
		LocalDate day = daysAgo(140);
		long wordpress = productId("WordPress One-Click");
		long footfall = productId("Retail Footfall Dataset");
		call(traffic(id(), "acme", day, figures(wordpress, 100, 90) + ", " + figures(footfall, 10, 5)))
			.andExpect(status().isOk());
		call(traffic(id(), "acme", day, figures(wordpress, 120, 95))).andExpect(status().isOk())
			.andExpect(jsonPath("$.products").value(1));
		assertThat(figuresOf(wordpress, day)).as("corrected").isEqualTo("120/95");
		assertThat(figuresOf(footfall, day)).as("not named by the correction").isEqualTo("10/5");
		assertThat(count("analytics_traffic_day WHERE day = '" + day + "'")).isEqualTo(2);
	}

	@Test
	void theOldestAllowedDayTheLargestCountsAndTodayAreTaken() throws Exception {
		long wordpress = productId("WordPress One-Click");
		call(traffic(id(), "acme", daysAgo(400), figures(wordpress, 1_000_000_000_000L, 1_000_000_000_000L)))
			.andExpect(status().isOk());
		assertThat(figuresOf(wordpress, daysAgo(400))).isEqualTo("1000000000000/1000000000000");
		// Today as zeros, which change no one's sums.
		call(traffic(id(), "acme", daysAgo(0), figures(wordpress, 0, 0))).andExpect(status().isOk());
		assertThat(figuresOf(wordpress, daysAgo(0))).isEqualTo("0/0");
	}

	@Test
	void invalidFieldsGetAMessageEachAndStoreNothing() throws Exception {
		long[] before = counts();
		long wordpress = productId("WordPress One-Click");
		String eventId = id();
		String body = """
				{"event_id": "%s", "merchant": "bad merchant!", "day": "2026-2-30",
				 "products": [{"product_id": "7", "page_views": -1, "visitors": 1.5},
				              {"product_id": 0, "page_views": 1000000000001, "visitors": "3"}, null]}"""
			.formatted(eventId);
		call(body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("merchant", "day", "products[0].product_id",
					"products[0].page_views", "products[0].visitors", "products[1].product_id",
					"products[1].page_views", "products[1].visitors", "products[2]")))
			.andExpect(jsonPath("$.errors[?(@.field == 'day')].message").value(hasItem("must be a date as YYYY-MM-DD")))
			.andExpect(jsonPath("$.errors[?(@.field == 'products[0].page_views')].message")
				.value(hasItem("must be a whole number of at least 0")))
			.andExpect(jsonPath("$.errors[?(@.field == 'products[1].page_views')].message")
				.value(hasItem("must be at most 1000000000000")));

		call("{\"event_id\": \"" + eventId + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("merchant", "day", "products")))
			.andExpect(jsonPath("$.errors[*].message").value(everyItem(containsString("required"))));

		call(traffic(id(), "acme", daysAgo(150), "")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("products"))
			.andExpect(jsonPath("$.errors[0].message").value("must be an array of 1 to 1000 items"));
		call(traffic(id(), "acme", daysAgo(150),
				(figures(wordpress, 1, 1) + ",").repeat(1000) + figures(wordpress, 1, 1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("products"));

		call(traffic(id(), "acme", daysAgo(150), figures(wordpress, 5, 6))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("products[0].visitors"))
			.andExpect(jsonPath("$.errors[0].message").value("must be at most page_views"));
		call(traffic(id(), "acme", daysAgo(150), figures(wordpress, 5, 5) + ", " + figures(wordpress, 6, 6)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("products[1].product_id"));

		call(traffic(id(), "acme", daysAgo(-1), figures(wordpress, 5, 5))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("day"));
		call(traffic(id(), "acme", daysAgo(401), figures(wordpress, 5, 5))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("day"))
			.andExpect(jsonPath("$.errors[0].message").value("must be within the last 400 days"));

		assertThat(counts()).as("analytics_traffic_day, platform_event").isEqualTo(before);
	}

	@Test
	void productOfAnotherMerchantOrAnUnknownMerchantIsRefused() throws Exception {
		long[] before = counts();
		long wordpress = productId("WordPress One-Click");
		call(traffic(id(), "acme", daysAgo(160),
				figures(wordpress, 5, 5) + ", " + figures(productId("City Traffic Data"), 5, 5) + ", "
						+ figures(999_999_999L, 1, 1)))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[*].field").value(hasItems("products[1].product_id", "products[2].product_id")))
			.andExpect(jsonPath("$.errors[0].message").value("unknown product of merchant acme"));
		call(traffic(id(), "nobody", daysAgo(160), figures(wordpress, 5, 5))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("merchant"));
		assertThat(counts()).as("analytics_traffic_day, platform_event").isEqualTo(before);
	}

	@Test
	void callWithoutTokenIsUnauthorizedAndWithoutThePlatformScopeForbidden() throws Exception {
		String body = traffic(id(), "acme", daysAgo(170), figures(productId("WordPress One-Click"), 5, 5));
		this.mvc.perform(post(TRAFFIC).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post(TRAFFIC).header("Authorization", "Bearer " + PlatformClient.tokenWithScopes("openid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
		assertThat(count("analytics_traffic_day WHERE day = '" + daysAgo(170) + "'")).isZero();
	}

	private ResultActions call(String body) throws Exception {
		return this.mvc.perform(post(TRAFFIC).header("Authorization", "Bearer " + PlatformClient.token())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static String traffic(String eventId, String merchant, LocalDate day, String products) {
		return """
				{"event_id": "%s", "merchant": "%s", "day": "%s",
				 "products": [%s]}""".formatted(eventId, merchant, day, products);
	}

	private static String figures(long productId, long pageViews, long visitors) {
		return "{\"product_id\": %d, \"page_views\": %d, \"visitors\": %d}".formatted(productId, pageViews, visitors);
	}

	/** A marketplace day (Asia/Shanghai), as the API counts them. */
	private static LocalDate daysAgo(int days) {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(days);
	}

	private String figuresOf(long productId, LocalDate day) {
		return this.jdbc.queryForObject(
				"SELECT CONCAT(page_views, '/', visitors) FROM analytics_traffic_day WHERE product_id = ? AND day = ?",
				String.class, productId, day);
	}

	private long[] counts() {
		return new long[] { count("analytics_traffic_day"), count("platform_event") };
	}

	private long productId(String nameEn) {
		return this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = ?", Long.class, nameEn);
	}

	private long count(String fromWhere) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Long.class);
	}

	private static String id() {
		return "PT" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
	}

}

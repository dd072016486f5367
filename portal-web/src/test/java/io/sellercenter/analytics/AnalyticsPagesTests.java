package io.sellercenter.analytics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import io.sellercenter.order.NewOrder;
import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderIntake;
import io.sellercenter.order.OrderStatus;
import io.sellercenter.order.OrderType;
import io.sellercenter.order.PeriodType;
import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The analytics pages and their charts' JSON and CSV, over the demo data and orders made
 * here (the roll-up applied by hand, as the scheduled worker would): who sees which
 * products' figures, the CSV's formula guard, and queries the charts refuse.
 */
@PortalTest
class AnalyticsPagesTests {

	/** An enum constant shown as it is (ON_DEMAND, CHARGING_MODE, ...). */
	private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrderIntake orders;

	@Autowired
	AnalyticsRollup rollup;

	@Test
	void pagesRenderInBothLanguagesWithoutEnumConstants() throws Exception {
		for (String language : List.of("zh", "en")) {
			for (String path : List.of("/", "/analytics", "/analytics/business",
					"/analytics/business?from=2026-01-01&to=2026-12-31&granularity=MONTH")) {
				Document page = page("acme-admin", path, language);
				assertThat(CONSTANT.matcher(page.body().text()).results().map((m) -> m.group()).toList()).as(path)
					.isEmpty();
				assertThat(page.select("[data-chart-src]")).as(path).isNotEmpty();
				assertThat(page.select("[data-testid=chart-as-of]").text()).as(path)
					.contains(language.equals("zh") ? "数据截至" : "Data as of");
				assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();
			}
		}
		assertThat(page("acme-admin", "/analytics", "en").select("[data-testid=to-dos]").text())
			.contains("Tickets pending on me", "Unread messages");
		assertThat(page("acme-admin", "/analytics/business", "en").select("[data-testid=supervision-figures]"))
			.hasSize(1);
	}

	@Test
	void subUsersWithoutTheMenuKeepTheirHomeAndMayNotOpenAnalytics() throws Exception {
		Document home = page("acme-support", "/", "en");
		assertThat(home.select("[data-testid=home-overview]")).isEmpty();
		assertThat(home.select("[data-testid=nav-analytics]")).isEmpty();
		assertThat(status("acme-support", "/analytics")).isEqualTo(403);
		assertThat(status("acme-support", "/analytics/charts/sales")).isEqualTo(403);
		assertThat(page("acme-ops", "/", "en").select("[data-testid=home-overview]")).hasSize(1);
	}

	@Test
	void aNewOrderAppearsInTheChartAfterTheRollUp() throws Exception {
		String path = "/analytics/charts/salesByMonth?currency=CNY";
		BigDecimal before = lastValue(json("acme-admin", path), 0);
		BigDecimal ordersBefore = lastValue(json("acme-admin", path), 1);
		order("WordPress One-Click", "acme", new BigDecimal("123.45"));
		this.rollup.apply(10_000);
		String after = json("acme-admin", path);
		assertThat(lastValue(after, 0)).isEqualByComparingTo(before.add(new BigDecimal("123.45")));
		assertThat(lastValue(after, 1)).isEqualByComparingTo(ordersBefore.add(BigDecimal.ONE));
		assertThat((String) JsonPath.read(after, "$.currency")).isEqualTo("CNY");
		assertThat((String) JsonPath.read(after, "$.asOf")).endsWith("Z");
		assertThat((String) JsonPath.read(after, "$.series[0].name")).isEqualTo("Transaction amount");
	}

	@Test
	void aSubUserSeesOnlyItsGrantedProductsInJsonAndCsv() throws Exception {
		order("Retail Footfall Dataset", "acme", new BigDecimal("50.00"));
		order("WordPress One-Click", "acme", new BigDecimal("60.00"));
		this.rollup.apply(10_000);
		for (String chart : List.of("sales?dimension=PRODUCT&currency=CNY", "topProducts?currency=CNY",
				"usageByProduct")) {
			String admin = json("acme-admin", "/analytics/charts/" + chart);
			String ops = json("acme-ops", "/analytics/charts/" + chart);
			String opsCsv = body("acme-ops", "/analytics/charts/" + chart.replaceFirst("\\?|$", ".csv?"));
			assertThat(ops).as(chart).doesNotContain("Retail Footfall Dataset");
			assertThat(opsCsv).as(chart).doesNotContain("Retail Footfall Dataset");
			if (!chart.startsWith("usage")) {
				assertThat(admin).as(chart).contains("Retail Footfall Dataset", "WordPress One-Click");
				assertThat(ops).as(chart).contains("WordPress One-Click");
				assertThat(opsCsv).as(chart).contains("WordPress One-Click");
			}
		}
		String globex = json("globex-admin", "/analytics/charts/topProducts?currency=CNY");
		assertThat(globex).doesNotContain("Retail Footfall Dataset", "WordPress One-Click");
	}

	@Test
	void productTrafficIsThePlatformsFiguresOfTheProductsTheReaderSees() throws Exception {
		String range = "?from=" + java.time.LocalDate.now().minusDays(30) + "&to=" + java.time.LocalDate.now();
		BigDecimal admin = total(json("acme-admin", "/analytics/charts/traffic" + range), 0);
		BigDecimal ops = total(json("acme-ops", "/analytics/charts/traffic" + range), 0);
		long expected = this.jdbc.queryForObject("SELECT COALESCE(SUM(t.page_views), 0) FROM analytics_traffic_day t"
				+ " JOIN merchant m ON m.id = t.merchant_id WHERE m.domain_id = 'acme' AND t.day BETWEEN ? AND ?",
				Long.class, java.time.LocalDate.now().minusDays(30), java.time.LocalDate.now());
		assertThat(admin).isEqualByComparingTo(BigDecimal.valueOf(expected)).isPositive();
		assertThat(ops).as("acme-ops holds a grant of one of Acme's products").isPositive().isLessThan(admin);
	}

	@Test
	void theBusinessPageShowsTheTicketFiguresOfTheRange() throws Exception {
		java.time.LocalDate to = java.time.LocalDate.now();
		java.time.LocalDate from = to.minusDays(60);
		String page = body("acme-admin", "/analytics/business?from=" + from + "&to=" + to);
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
		// The range's days are Acme's (Asia/Shanghai): the tickets opened from the start
		// of the
		// first to the end of the last.
		java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
		long expected = this.jdbc.queryForObject("SELECT COUNT(*) FROM ticket t JOIN merchant m"
				+ " ON m.id = t.merchant_id WHERE m.domain_id = 'acme' AND t.created_at >= ? AND t.created_at < ?",
				Long.class, from.atStartOfDay(zone).withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime(),
				to.plusDays(1).atStartOfDay(zone).withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime());
		String total = html.select("[data-testid=ticket-figures-table] tr.fw-semibold td").first().text();
		assertThat(Long.parseLong(total.replace(",", ""))).isEqualTo(expected).isPositive();
		assertThat(body("acme-ops", "/analytics/business")).doesNotContain("Retail Footfall Dataset");
	}

	private static BigDecimal total(String json, int series) {
		List<Object> values = JsonPath.read(json, "$.series[" + series + "].values");
		return values.stream().map((v) -> new BigDecimal(String.valueOf(v))).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Test
	void theCsvHoldsTheChartsNumbersWithTheFormulaGuard() throws Exception {
		String name = this.jdbc.queryForObject("SELECT name_en FROM product WHERE name_en = 'Globex Analytics Studio'",
				String.class);
		this.jdbc.update("UPDATE product SET name_en = '=HYPERLINK(\"http://x\")' WHERE name_en = ?", name);
		try {
			order("=HYPERLINK(\"http://x\")", "globex", new BigDecimal("70.00"));
			this.rollup.apply(10_000);
			MockHttpServletResponse response = this.mvc
				.perform(get("/analytics/charts/topProducts.csv?currency=CNY").header("Accept-Language", "en")
					.with(users().as("globex-admin")))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).startsWith("text/csv");
			byte[] bytes = response.getContentAsByteArray();
			assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
			String csv = new String(bytes, StandardCharsets.UTF_8);
			assertThat(csv).contains("Product,Transaction amount (CNY),Order lines\r\n");
			assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\",");
			assertThat(csv).doesNotContain("\n=");
		}
		finally {
			this.jdbc.update("UPDATE product SET name_en = ? WHERE name_en = '=HYPERLINK(\"http://x\")'", name);
		}
	}

	@Test
	void queriesTheChartsCannotAnswerAreRefusedWithAPage() throws Exception {
		MockHttpServletResponse tooLong = this.mvc
			.perform(get("/analytics/business?from=2020-01-01&to=2026-01-01").header("Accept-Language", "en")
				.with(users().as("acme-admin")))
			.andReturn()
			.getResponse();
		assertThat(tooLong.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(tooLong.getContentAsString(StandardCharsets.UTF_8))
			.select("[data-testid=refused-reason]")
			.text()).contains("at most 1,098 days");
		assertThat(status("acme-admin", "/analytics/charts/sales?from=2020-01-01&to=2026-01-01")).isEqualTo(400);
		assertThat(status("acme-admin", "/analytics/charts/sales.csv?from=2020-01-01&to=2026-01-01")).isEqualTo(400);
		assertThat(status("acme-admin", "/analytics/charts/sales?from=2026-02-01&to=2026-01-01")).isEqualTo(400);
		assertThat(status("acme-admin", "/analytics/charts/sales?from=yesterday")).isEqualTo(400);
		assertThat(status("acme-admin", "/analytics/charts/sales?dimension=CUSTOMER")).isEqualTo(400);
		assertThat(status("acme-admin", "/analytics/charts/usage?granularity=WEEK")).isEqualTo(400);
		assertThat(status("acme-admin", "/analytics/charts/sales?currency=%3D1%2B1")).isEqualTo(400);
		assertThat(status("acme-admin", "/analytics/charts/nothing")).isEqualTo(404);
		assertThat(status("acme-admin", "/analytics/charts/nothing.csv")).isEqualTo(404);
		assertThat(status("acme-admin", "/analytics/business?granularity=YEAR")).isEqualTo(400);
	}

	private void order(String product, String merchant, BigDecimal amount) {
		String id = "AN" + ThreadLocalRandom.current().nextInt(100_000_000);
		long productId = this.jdbc.queryForObject("SELECT p.id FROM product p JOIN merchant m ON m.id = p.merchant_id"
				+ " WHERE m.domain_id = ? AND p.name_en = ?", Long.class, merchant, product);
		Map<String, Object> spec = this.jdbc.queryForMap(
				"SELECT id, charging_mode FROM product_spec WHERE product_id = ? ORDER BY id LIMIT 1", productId);
		String priced = (String) spec.get("charging_mode");
		OrderChargingMode mode = switch (priced) {
			case "PER_USE" -> OrderChargingMode.ON_DEMAND_PKG;
			case "ONE_TIME" -> OrderChargingMode.ONE_TIME;
			default -> OrderChargingMode.PERIOD;
		};
		PeriodType period = (mode != OrderChargingMode.PERIOD) ? null
				: "YEARLY".equals(priced) ? PeriodType.YEAR : PeriodType.MONTH;
		LocalDateTime paid = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5);
		this.orders
			.receive(
					new NewOrder(id, merchant, OrderType.NEW, OrderStatus.PROCESSING, paid, paid, "CNY", amount,
							new NewOrder.Customer("c-" + id, "Analytics Customer", "analytics-customer"),
							List.of(new NewOrder.Line(id + "-1", productId, ((Number) spec.get("id")).longValue(), mode,
									period, (period != null) ? 1 : null, null, amount, List.of(id + "-i")))),
					"ev-" + id);
	}

	private static BigDecimal lastValue(String json, int series) {
		List<Object> values = JsonPath.read(json, "$.series[" + series + "].values");
		return new BigDecimal(String.valueOf(values.get(values.size() - 1)));
	}

	private String json(String user, String path) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(path).header("Accept-Language", "en").with(users().as(user)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private String body(String user, String path) throws Exception {
		return json(user, path);
	}

	private Document page(String user, String path, String language) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(path).header("Accept-Language", language).with(users().as(user)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).as(path).doesNotContain("??");
		return Jsoup.parse(html);
	}

	private int status(String user, String path) throws Exception {
		return this.mvc.perform(get(path).with(users().as(user))).andReturn().getResponse().getStatus();
	}

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

}

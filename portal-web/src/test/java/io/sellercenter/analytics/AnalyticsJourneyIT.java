package io.sellercenter.analytics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * acme-admin's analytics in Chromium: the overview after sign-in with its charts drawn
 * and the demo figures in the tables, a new order in the chart once the roll-up has
 * applied it, a chart's CSV holding its table's numbers, and the business analysis.
 */
class AnalyticsJourneyIT extends BrowserJourney {

	@Autowired
	AnalyticsRollup rollup;

	@Autowired
	AnalyticsRebuild rebuild;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOverviewShowsTheFiguresAndANewOrderAppearsAfterTheRollUp() {
		long acme = this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class);
		this.rebuild.rebuild(acme);
		this.rollup.apply(10_000);
		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.navigate(portal("/?lang=en"));
		assertThat(this.page.getByTestId("home-overview")).isVisible();
		this.page.getByTestId("nav-analytics").click();
		Locator charts = this.page.locator("[data-chart-src]");
		assertThat(this.page.locator("[data-chart-src][data-drawn=true]")).hasCount(charts.count());
		assertThat(this.page.locator("[data-testid=chart-salesByMonth] canvas")).hasCount(1);
		Locator table = this.page.getByTestId("chart-salesByMonth").getByTestId("chart-table");
		List<List<String>> before = rows(table);
		assertThat(before).hasSize(12);
		BigDecimal demoAmount = before.stream().map((r) -> number(r.get(1))).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(demoAmount).as("the demo orders' amount").isPositive();
		shots("analytics-overview");

		// The chart's CSV holds the table's numbers.
		String href = this.page.getByTestId("chart-salesByMonth").getByTestId("chart-csv").getAttribute("href");
		APIResponse csv = this.page.request().get(portal(href));
		assertThat(csv.status()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		String[] lines = text.substring(1).split("\r\n");
		assertThat(lines).hasSize(13);
		for (int i = 0; i < 12; i++) {
			String[] cells = lines[i + 1].split(",");
			assertThat(cells[0]).isEqualTo(before.get(i).get(0));
			assertThat(new BigDecimal(cells[1])).isEqualByComparingTo(number(before.get(i).get(1)));
			assertThat(new BigDecimal(cells[2])).isEqualByComparingTo(number(before.get(i).get(2)));
		}

		// A new order through the platform API: the scheduled roll-up brings it into the
		// chart
		// within a minute.
		order(new BigDecimal("321.00"));
		BigDecimal expected = number(before.get(11).get(1)).add(new BigDecimal("321.00"));
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
		List<List<String>> after;
		do {
			this.page.waitForTimeout(1_000);
			this.page.reload();
			after = rows(this.page.getByTestId("chart-salesByMonth").getByTestId("chart-table"));
		}
		while (number(after.get(11).get(1)).compareTo(expected) != 0 && System.nanoTime() < deadline);
		assertThat(this.page.locator("[data-chart-src][data-drawn=true]")).hasCount(charts.count());
		assertThat(number(after.get(11).get(1)))
			.isEqualByComparingTo(number(before.get(11).get(1)).add(new BigDecimal("321.00")));
		assertThat(number(after.get(11).get(2)))
			.isEqualByComparingTo(number(before.get(11).get(2)).add(BigDecimal.ONE));

		this.page.getByTestId("nav-analytics-business").click();
		assertThat(this.page.getByTestId("range-form")).isVisible();
		// The total, by product, by charging mode, by order type, top products, usage.
		assertThat(this.page.locator("[data-chart-src][data-drawn=true]")).hasCount(7);
		this.page.getByTestId("preset-last12Months").click();
		assertThat(this.page.getByTestId("preset-last12Months")).hasAttribute("aria-current", "true");
		assertThat(this.page.locator("[data-chart-src][data-drawn=true]")).hasCount(7);
		assertThat(this.page.getByTestId("chart-sales-PRODUCT").getByTestId("chart-table"))
			.containsText("WordPress One-Click");
		shots("analytics-business");
	}

	/** The table's rows: the label, then each value as shown. */
	private static List<List<String>> rows(Locator table) {
		List<List<String>> rows = new ArrayList<>();
		Locator trs = table.locator("tbody tr");
		for (int i = 0; i < trs.count(); i++) {
			List<String> row = new ArrayList<>();
			row.add(trs.nth(i).locator("th").textContent().trim());
			Locator cells = trs.nth(i).locator("td");
			for (int c = 0; c < cells.count(); c++) {
				row.add(cells.nth(c).textContent().trim());
			}
			rows.add(row);
		}
		return rows;
	}

	/** A number as the English page shows it. */
	private static BigDecimal number(String shown) {
		return new BigDecimal(shown.replace(",", ""));
	}

	private void order(BigDecimal amount) {
		String id = "AJ" + ThreadLocalRandom.current().nextInt(100_000_000);
		long product = this.jdbc.queryForObject("SELECT p.id FROM product p JOIN merchant m ON m.id = p.merchant_id"
				+ " WHERE m.domain_id = 'acme' AND p.name_en = 'WordPress One-Click'", Long.class);
		long spec = this.jdbc.queryForObject("SELECT MIN(id) FROM product_spec WHERE product_id = ?", Long.class,
				product);
		String priced = this.jdbc.queryForObject("SELECT charging_mode FROM product_spec WHERE id = ?", String.class,
				spec);
		String paid = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1) + "Z";
		String body = """
				{"event_id": "ev-%s", "order_id": "%s", "merchant": "acme", "order_type": "NEW", "status": "PROCESSING",
				 "created_at": "%s", "paid_at": "%s", "currency": "CNY", "amount": "%s",
				 "customer": {"id": "c-%s", "name": "Journey Customer", "account_name": "journey-customer"},
				 "lines": [{"order_line_id": "%s-1", "product_id": %d, "spec_id": %d, "charging_mode": "PERIOD",
				            "period_type": "%s", "period_number": 1, "amount": "%s",
				            "instances": [{"instance_id": "%s-i"}]}]}
				""".formatted(id, id, paid, paid, amount, id, id, product, spec,
				"YEARLY".equals(priced) ? "YEAR" : "MONTH", amount, id);
		APIResponse answer = this.page.request()
			.post(portal("/api/platform/v1/orders"),
					com.microsoft.playwright.options.RequestOptions.create()
						.setHeader("Authorization", "Bearer " + io.sellercenter.platform.PlatformClient.token())
						.setHeader("Content-Type", "application/json")
						.setData(body));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
	}

}

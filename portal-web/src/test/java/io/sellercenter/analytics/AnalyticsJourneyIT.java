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
import io.sellercenter.order.NewOrder;
import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderIntake;
import io.sellercenter.order.OrderStatus;
import io.sellercenter.order.OrderType;
import io.sellercenter.order.PeriodType;
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
	OrderIntake orders;

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

		// A new order, applied by the roll-up as the scheduled worker would.
		order(new BigDecimal("321.00"));
		this.rollup.apply(10_000);
		this.page.reload();
		assertThat(this.page.locator("[data-chart-src][data-drawn=true]")).hasCount(charts.count());
		List<List<String>> after = rows(this.page.getByTestId("chart-salesByMonth").getByTestId("chart-table"));
		assertThat(number(after.get(11).get(1)))
			.isEqualByComparingTo(number(before.get(11).get(1)).add(new BigDecimal("321.00")));
		assertThat(number(after.get(11).get(2)))
			.isEqualByComparingTo(number(before.get(11).get(2)).add(BigDecimal.ONE));

		this.page.getByTestId("nav-analytics-business").click();
		assertThat(this.page.getByTestId("range-form")).isVisible();
		// The total, by product, by charging mode, by order type, top products, usage.
		assertThat(this.page.locator("[data-chart-src][data-drawn=true]")).hasCount(6);
		this.page.getByTestId("preset-last12Months").click();
		assertThat(this.page.getByTestId("preset-last12Months")).hasAttribute("aria-current", "true");
		assertThat(this.page.locator("[data-chart-src][data-drawn=true]")).hasCount(6);
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
		LocalDateTime paid = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1);
		this.orders.receive(new NewOrder(id, "acme", OrderType.NEW, OrderStatus.PROCESSING, paid, paid, "CNY", amount,
				new NewOrder.Customer("c-" + id, "Journey Customer", "journey-customer"),
				List.of(new NewOrder.Line(id + "-1", product, spec, OrderChargingMode.PERIOD,
						"YEARLY".equals(priced) ? PeriodType.YEAR : PeriodType.MONTH, 1, null, amount,
						List.of(id + "-i")))),
				"ev-" + id);
	}

}

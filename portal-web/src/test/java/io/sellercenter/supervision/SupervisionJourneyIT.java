package io.sellercenter.supervision;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
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
 * A supervised delivery across the three parties, each in a browser of their own: the
 * customer on the marketplace's sandbox (which calls the portal's platform API), the
 * dataset's support person in the portal, and an operator. Requirement, sent back,
 * submitted again, confirmed, delivered, rejected four times with a delivery between,
 * appealed, completed by the operator: the order shows COMPLETED.
 */
class SupervisionJourneyIT extends BrowserJourney {

	private static final byte[] PDF = "%PDF-1.4\n%journey\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	OrderIntake orders;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDeliveryRejectedFourTimesIsAppealedAndCompletedByTheMarketplace() {
		String task = paidOrder();
		String orderId = task.substring(0, task.length() - 2);

		BrowserContext customerBrowser = newContext();
		Page customer = customerBrowser.newPage();
		customer.setDefaultTimeout(10_000);
		customer.navigate(idp("/sandbox/supervision?task=" + task));
		assertThat(customer.getByTestId("sandbox-step")).containsText("requirement");
		submitRequirement(customer, "Hourly footfall for 12 stores.");

		Pages.signIn(this.page, portal(""), "acme-support");
		this.page.navigate(portal("/supervision"));
		this.page.getByTestId("supervision-views").getByText("Pending on me").click();
		assertThat(this.page.getByTestId("task-table")).containsText(task);
		shots("supervision-list");
		this.page.navigate(portal("/supervision/" + task));
		assertThat(this.page.getByTestId("task-step")).hasText("Confirm the requirement");
		shots("supervision-requirement");
		this.page.locator("#send-back-reason").fill("Which 12 stores? Please list their codes.");
		this.page.getByTestId("send-back").click();
		assertThat(this.page.getByTestId("task-step")).hasText("Awaiting the requirement");

		customer.reload();
		submitRequirement(customer, "Stores SH-01 to SH-12, hourly, January to June 2026.");

		this.page.reload();
		this.page.getByTestId("confirm").click();
		assertThat(this.page.getByTestId("task-step")).hasText("To deliver");
		shots("supervision-deliver");
		deliver();
		for (int round = 1; round <= 4; round++) {
			customer.reload();
			customer.locator("#reject-text").fill("Rejection " + round + ": not what we asked for.");
			customer.getByTestId("sandbox-reject").click();
			assertThat(customer.getByTestId("sandbox-notice")).isVisible();
			this.page.reload();
			assertThat(this.page.getByTestId("rejections")).hasText(String.valueOf(round));
			if (round < 4) {
				assertThat(this.page.getByTestId("appeal-form")).hasCount(0);
				deliver();
			}
		}

		// The fourth rejection lets the merchant appeal; the task freezes.
		this.page.locator("#appeal-reason")
			.fill("The customer rejects a delivery that matches the confirmed requirement.");
		this.page.locator("#appeal-proof").setInputFiles(pdf("requirement-confirmed.pdf"));
		this.page.getByTestId("appeal").click();
		Pages.confirm(this.page);
		assertThat(this.page.getByTestId("frozen-flag")).isVisible();
		assertThat(this.page.getByTestId("task-actions")).hasCount(0);
		shots("supervision-frozen");
		customer.reload();
		assertThat(customer.getByTestId("sandbox-step")).isVisible();
		customerBrowser.close();

		// The operator completes it.
		BrowserContext operatorBrowser = newContext();
		Page operator = operatorBrowser.newPage();
		operator.setDefaultTimeout(10_000);
		Pages.signIn(operator, portal(""), "mkt-reviewer");
		operator.navigate(portal("/operator/appeals"));
		operator.getByTestId("appeal-table").getByText(task).click();
		assertThat(operator.getByTestId("timeline")).containsText("Rejection 4");
		assertThat(operator.getByTestId("documents")).containsText("requirement-confirmed.pdf");
		shots(operator, "supervision-appeal");
		decideComplete(operator);
		operatorBrowser.close();

		this.page.navigate(portal("/supervision/" + task));
		assertThat(this.page.getByTestId("task-step")).hasText("Completed");
		// The main account (support has no orders menu) sees the order completed.
		BrowserContext adminBrowser = newContext();
		Page admin = adminBrowser.newPage();
		admin.setDefaultTimeout(10_000);
		Pages.signIn(admin, portal(""), "acme-admin");
		admin.navigate(portal("/orders/" + orderId));
		assertThat(admin.locator("main")).containsText("Completed");
		shots(admin, "supervision-order-completed");
		adminBrowser.close();
		assertThat(this.jdbc.queryForObject("SELECT status FROM orders WHERE order_id = ?", String.class, orderId))
			.isEqualTo("COMPLETED");
		assertThat(
				this.jdbc.queryForObject(
						"SELECT COUNT(*) FROM supervision_entry e JOIN supervision_task t"
								+ " ON t.id = e.task_ref WHERE t.task_no = ? AND e.kind = 'DELIVERED'",
						Integer.class, task))
			.isEqualTo(4);
	}

	private static void decideComplete(Page operator) {
		operator.locator("#note-complete").fill("The deliveries match the confirmed requirement.");
		operator.getByTestId("decide-complete").locator("button[type=submit]").click();
		assertThat(operator.getByTestId("decision")).hasCount(0);
		assertThat(operator.getByTestId("task-step")).containsText("Completed");
	}

	private void deliver() {
		this.page.locator("#deliver-document").setInputFiles(pdf("acceptance.pdf"));
		this.page.locator("#names-order").check();
		this.page.locator("#names-customer").check();
		this.page.locator("#names-product").check();
		this.page.getByTestId("deliver").click();
		assertThat(this.page.getByTestId("task-step")).hasText("Awaiting acceptance");
	}

	private static void submitRequirement(Page customer, String text) {
		customer.getByTestId("sandbox-requirement").fill(text);
		customer.locator("#companyName").fill("Contoso Retail (Shanghai) Co., Ltd.");
		customer.locator("#contactName").fill("Li Lei");
		customer.locator("#contactPhone").fill("+86 21 5555 0100");
		customer.getByTestId("sandbox-submit-requirement").click();
		assertThat(customer.getByTestId("sandbox-notice")).isVisible();
		assertThat(customer.getByTestId("sandbox-step")).not().containsText("Awaiting");
	}

	private static FilePayload pdf(String name) {
		return new FilePayload(name, "application/pdf", PDF);
	}

	/** A paid order of Acme's dataset, as the platform's feed delivers it. */
	private String paidOrder() {
		String id = "J" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		long product = this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = 'Retail Footfall Dataset'",
				Long.class);
		long spec = this.jdbc.queryForObject(
				"SELECT MIN(id) FROM product_spec WHERE product_id = ? AND charging_mode = 'MONTHLY'", Long.class,
				product);
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5);
		this.orders.receive(new NewOrder(id, "acme", OrderType.NEW, OrderStatus.PROCESSING, now, now, "CNY",
				new BigDecimal("999.00"), new NewOrder.Customer("cust-contoso", "Contoso Ltd", "contoso"),
				List.of(new NewOrder.Line(id + "-1", product, spec, OrderChargingMode.PERIOD, PeriodType.MONTH, 1, null,
						new BigDecimal("999.00"), List.of()))),
				"journey-" + id);
		return id + "-1";
	}

}

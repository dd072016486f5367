package io.sellercenter.saas;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import io.sellercenter.order.NewOrder;
import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderIntake;
import io.sellercenter.order.OrderStatus;
import io.sellercenter.order.OrderType;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merchant wires its SaaS product to its production interface, in a browser, against
 * the provider's demo merchant server (a second tab plays the merchant's own server
 * console): registers the address, makes a key and gives it to the server, verifies,
 * debugs newInstance and saves the case; then the server breaks, the dial test fails and
 * a paid order's create fails into the interface messages; the server is fixed, and "call
 * again" creates the instance.
 */
class SaasJourneyIT extends BrowserJourney {

	private static final long CRM = 1701;

	private static final long ONE_TIME_SPEC = 1701;

	@Autowired
	DialTests dials;

	@Autowired
	ProvisionRunner provisioning;

	@Autowired
	OrderIntake orders;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMerchantWiresItsInterfaceAndRecoversFromAFailure() {
		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.navigate(portal("/saas/production"));
		String address = idp("").replace("127.0.0.1", "localhost").replaceAll("/$", "");
		this.page.locator("#url").fill(address);
		this.page.locator("#contract-V2").check();
		this.page.getByTestId("save-address").click();
		assertThat(this.page.getByTestId("flash")).containsText("Verify it now");
		this.page.getByTestId("bind-key").click();
		if (this.page.getByTestId("confirm-dialog").isVisible()) {
			Pages.confirm(this.page);
		}
		String accessKey = this.page.getByTestId("new-key-id").textContent().strip();
		String secret = this.page.getByTestId("new-key-secret").textContent().strip();

		// The merchant configures its server with the key (the demo server's console).
		Page server = newContext().newPage();
		server.setDefaultTimeout(10_000);
		server.navigate(idp("/sandbox/demo-merchant"));
		server.locator("#accessKey").fill(accessKey);
		server.locator("#secret").fill(secret);
		server.getByTestId("demo-merchant-register").click();
		assertThat(server.getByTestId("demo-merchant-key-" + accessKey)).isVisible();

		this.page.navigate(portal("/saas/production"));
		this.page.getByTestId("verify").click();
		assertThat(this.page.getByTestId("verify-verdict")).containsText("Verified");
		// The pictures start from the page (the answer's address opens nothing again).
		this.page.navigate(portal("/saas/production"));
		shots("saas-production-verified", (copy) -> copy.getByTestId("verify").click());

		this.page.navigate(portal("/saas/debug?productId=" + CRM + "&orderId=MOCKONETIMENEW&activity=newInstance"));
		this.page.getByTestId("debug-send").click();
		assertThat(this.page.getByTestId("debug-outcome")).hasText("Passed");
		this.page.getByTestId("case-name").fill("One-time create");
		this.page.getByTestId("save-case").click();
		assertThat(this.page.getByTestId("case-title")).containsText("One-time create");
		long caseId = this.jdbc.queryForObject(
				"SELECT MAX(id) FROM saas_case WHERE product_id = ? AND name = 'One-time create'", Long.class, CRM);

		// The server breaks.
		mode(server, accessKey, "FAIL");

		// The next dial slot comes: the case fails and the merchant is told.
		this.jdbc.update("UPDATE saas_case SET next_dial_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?",
				caseId);
		this.dials.runDue(50);
		this.page.navigate(portal("/saas/cases/" + caseId));
		assertThat(this.page.getByTestId("run-table")).containsText("Dial test");
		assertThat(this.page.getByTestId("run-table")).containsText("Failed");

		// A customer buys: the create fails, and stays failed until its retries run out.
		String line = paidOrder();
		this.provisioning.runDue(50);
		this.page.navigate(portal("/saas/messages"));
		assertThat(this.page.getByTestId("message-table")).containsText(line);
		assertThat(this.page.getByTestId("message-table")).containsText("000005");
		shots("saas-messages");

		// Fixed: called again, the instance is made.
		mode(server, accessKey, "NORMAL");
		this.page.navigate(portal("/saas/messages?orderId=" + line.substring(0, line.length() - 7)));
		this.page.getByTestId("call-again").first().click();
		assertThat(this.page.getByTestId("call-again-result")).containsText("it worked");
		assertThat(this.page.getByTestId("message-state").first()).hasText("Done");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM order_instance i JOIN order_line l"
				+ " ON l.id = i.line_ref WHERE l.order_line_id = ?", Integer.class, line))
			.isOne();
		server.context().close();

		// The new key's secret shown once (each picture replaces the key again).
		this.page.navigate(portal("/saas/production"));
		shots("saas-production-key", (copy) -> {
			copy.getByTestId("bind-key").click();
			Pages.confirm(copy);
		});
	}

	private static void mode(Page server, String accessKey, String mode) {
		server.navigate(server.url());
		var form = server.getByTestId("demo-merchant-key-" + accessKey);
		form.getByTestId("demo-merchant-mode").selectOption(mode);
		form.getByTestId("demo-merchant-switch").click();
		assertThat(server.getByTestId("demo-merchant-notice")).isVisible();
	}

	private String paidOrder() {
		String id = "SJ" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		LocalDateTime paid = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1);
		this.orders.receive(new NewOrder(id, "acme", OrderType.NEW, OrderStatus.PROCESSING, paid, paid, "CNY",
				new BigDecimal("1999.00"), new NewOrder.Customer("c-" + id, "Journey Buyer Ltd", "journey-buyer"),
				List.of(new NewOrder.Line(id + "-000001", CRM, ONE_TIME_SPEC, OrderChargingMode.ONE_TIME, null, null,
						null, new BigDecimal("1999.00"), List.of()))),
				"ev-" + id);
		return id + "-000001";
	}

}

package io.sellercenter.ticket;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer opens a ticket on the provider's sandbox (which calls the platform API of
 * the portal under test); the product's support person accepts it, asks for confidential
 * information, waits, reads what was shared, resolves; the customer refuses once, then
 * confirms; the shared information is erased.
 */
class TicketJourneyIT extends BrowserJourney {

	private static final String SECRET = "db password: s3cret-footfall";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void customerAndSupportWorkATicketToTheEnd() {
		// The customer, on the sandbox: a browser of its own, no sign-in.
		BrowserContext customerBrowser = newContext();
		Page customer = customerBrowser.newPage();
		customer.setDefaultTimeout(10_000);
		customer.navigate(idp("/sandbox/tickets?merchant=acme"));
		Locator product = customer.getByTestId("sandbox-product")
			.locator("option")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("Retail Footfall|零售客流")));
		String productId = product.first().getAttribute("value");
		customer.getByTestId("sandbox-product").selectOption(new SelectOption().setValue(productId));
		customer.getByTestId("sandbox-title").fill("Footfall counts missing for March");
		customer.getByTestId("sandbox-message").fill("The March file has no rows for store 12.");
		customer.getByTestId("sandbox-open").click();
		assertThat(customer.getByTestId("sandbox-notice")).containsText("opened");
		assertThat(customer).hasURL(Pattern.compile(".*/sandbox/tickets/TK[0-9]+$"));
		String ticketId = customer.url().substring(customer.url().lastIndexOf('/') + 1);

		// Support finds it pending on them.
		Pages.signIn(this.page, portal(""), "acme-support");
		this.page.navigate(portal("/tickets"));
		this.page.getByTestId("view-PENDING").click();
		Locator row = this.page.getByTestId("ticket-" + ticketId);
		assertThat(row).isVisible();
		shots("ticket-list");
		row.getByTestId("ticket-link").click();
		assertThat(this.page.getByTestId("ticket-title")).hasText("Footfall counts missing for March");
		assertThat(this.page.getByTestId("ticket-status")).hasText("Pending acceptance");
		shots("ticket-new");

		this.page.getByTestId("accept").click();
		assertThat(this.page.getByTestId("ticket-status")).hasText("In progress");

		Locator ask = this.page.getByTestId("request-info-form");
		ask.locator("input[name=kind][value=CONFIDENTIAL]").check();
		ask.locator("textarea[name=text]").fill("Please share the read-only database password.");
		this.page.getByTestId("request-info").click();
		assertThat(this.page.getByTestId("ticket-status")).hasText("Paused for the customer's authorisation");

		this.page.getByTestId("wait-form").locator("textarea[name=text]").fill("Waiting for the password.");
		this.page.getByTestId("wait").click();
		assertThat(this.page.getByTestId("ticket-status")).hasText("Waiting for customer feedback");

		// The customer shares the information and writes.
		customer.reload();
		customer.locator("#confidential-details").fill(SECRET);
		customer.getByTestId("sandbox-grant-confidential").click();
		assertThat(customer.getByTestId("sandbox-notice")).containsText("Confidential information shared.");
		customer.getByTestId("sandbox-reply").fill("Shared the password, it is read-only.");
		customer.getByTestId("sandbox-send").click();
		assertThat(customer.getByTestId("sandbox-notice")).containsText("Message sent.");

		// Support reads both.
		this.page.reload();
		assertThat(this.page.getByTestId("timeline")).containsText("Shared the password, it is read-only.");
		assertThat(this.page.getByTestId("shared")).isVisible();
		// The secret is the answer to a POST, which the address does not open again.
		shots("ticket-shared", (copy) -> copy.getByTestId("show-CONFIDENTIAL").click());
		this.page.getByTestId("show-CONFIDENTIAL").click();
		assertThat(this.page.getByTestId("secret-value")).hasText(SECRET);

		this.page.navigate(portal("/tickets/" + ticketId));
		resolve("Store 12 was missing from the March export.", "Re-exported March with store 12.");
		assertThat(this.page.getByTestId("ticket-status")).hasText("Pending customer confirmation");

		// The customer refuses; support reopens and resolves again.
		customer.reload();
		customer.locator("#refusal").fill("Store 12 still has no rows for 31 March.");
		customer.getByTestId("sandbox-refuse").click();
		assertThat(customer.getByTestId("sandbox-notice")).containsText("You refused the resolution.");

		this.page.reload();
		assertThat(this.page.getByTestId("timeline")).containsText("Store 12 still has no rows for 31 March.");
		shots("ticket-refused");
		this.page.getByTestId("reopen").click();
		assertThat(this.page.getByTestId("ticket-status")).hasText("In progress");
		resolve("The last day was cut off by a time zone bug.", "Re-exported March in UTC, all 31 days.");
		assertThat(this.page.getByTestId("ticket-status")).hasText("Pending customer confirmation");

		// The customer confirms: completed, and the shared information is gone.
		customer.reload();
		customer.getByTestId("sandbox-confirm").click();
		assertThat(customer.getByTestId("sandbox-notice")).containsText("You confirmed the ticket is resolved.");
		assertThat(customer.getByTestId("sandbox-status")).containsText("Completed");
		customerBrowser.close();

		this.page.reload();
		assertThat(this.page.getByTestId("ticket-status")).hasText("Completed");
		assertThat(this.page.getByTestId("shared")).hasCount(0);
		shots("ticket-completed");
		assertThat(this.jdbc.queryForList("SELECT confidential_info FROM ticket WHERE ticket_id = ?", ticketId))
			.singleElement()
			.satisfies((columns) -> assertThat(columns.get("confidential_info")).isNull());
	}

	private void resolve(String cause, String solution) {
		this.page.locator("#cause").fill(cause);
		this.page.locator("#solution").fill(solution);
		this.page.getByTestId("resolve").click();
		Pages.confirm(this.page);
	}

}

package io.sellercenter.order;

import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.SelectOption;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A merchant finds orders, opens one, and exports what the list shows. */
class OrderJourneyIT extends BrowserJourney {

	@Test
	void merchantFiltersOrdersOpensOneAndExportsTheList() throws Exception {
		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.getByTestId("nav-orders").click();
		assertThat(this.page.getByTestId("order-table")).isVisible();

		this.page.getByLabel("Status").selectOption(new SelectOption().setLabel("Completed"));
		this.page.getByLabel("Order type").selectOption(new SelectOption().setLabel("Renewal"));
		this.page.getByTestId("filter").click();
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*status=COMPLETED.*type=RENEW.*"));
		List<String> shown = this.page.getByTestId("order-table").getByTestId("order-id").allTextContents();
		assertThat(shown).isNotEmpty();
		screenshot("orders-filtered");

		String customer = this.page.getByTestId("order-" + shown.get(0))
			.locator("td")
			.nth(2)
			.locator("div")
			.first()
			.textContent();
		this.page.getByTestId("order-table").getByText(shown.get(0)).click();
		assertThat(this.page.getByTestId("order-title")).containsText(shown.get(0));
		assertThat(this.page.getByTestId("customer-name")).hasText(customer);
		assertThat(this.page.getByTestId("order-status")).hasText("Completed");
		screenshot("order-details");
		this.page.goBack();

		Download download = this.page.waitForDownload(() -> this.page.getByTestId("export").click());
		assertThat(download.suggestedFilename()).startsWith("orders-").endsWith(".csv");
		String csv = Files.readString(download.path());
		assertThat(csv).startsWith("\uFEFF");
		List<CSVRecord> rows = OrderPagesTests.parse(csv.substring(1));
		assertThat(rows.get(0).get(0)).isEqualTo("Order ID");
		assertThat(rows.subList(1, rows.size())).extracting((row) -> row.get(0)).containsExactlyElementsOf(shown);
		assertThat(rows.subList(1, rows.size())).allSatisfy((row) -> {
			assertThat(row.get(2)).isEqualTo("Completed");
			assertThat(row.get(3)).isEqualTo("Renewal");
		});

		this.page.getByTestId("export-history").click();
		assertThat(this.page.getByTestId("export-table")).containsText("Order status: Completed");
		assertThat(this.page.getByTestId("export-table").getByTestId("export-status").first()).hasText("Finished");
		screenshot("order-export-history");
	}

}

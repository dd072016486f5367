package io.sellercenter.web;

import com.microsoft.playwright.Locator;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A destructive action asks first, naming the object and the consequence; cancelling, by
 * the button or by Escape, changes nothing, and Enter alone never confirms (issue 13).
 */
class ConfirmationIT extends BrowserJourney {

	@Test
	void deletingAKeyAsksNamingItAndTheRefusalItsPushesWillGet() {
		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.navigate(portal("/usage/keys?lang=en"));
		this.page.getByLabel("Name").fill("Key to keep");
		this.page.getByTestId("create-key").click();
		String keyId = this.page.getByTestId("new-key-id").textContent().trim();
		this.page.navigate(portal("/usage/keys"));
		Locator row = this.page.getByTestId("key-" + keyId);
		Locator delete = row.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Delete"));

		delete.click();
		assertThat(this.page.getByTestId("confirm-dialog")).isVisible();
		assertThat(this.page.getByTestId("confirm-message")).containsText(keyId);
		assertThat(this.page.getByTestId("confirm-message")).containsText("MKT.0102");
		assertThat(this.page.getByTestId("confirm-ok")).hasText("Delete");
		screenshot("confirm-key-delete-en-1366");
		this.page.setViewportSize(390, 860);
		screenshot("confirm-key-delete-en-390");
		// Enter on the dialog as it opens presses Cancel, which has the focus.
		this.page.keyboard().press("Enter");
		assertThat(this.page.getByTestId("confirm-dialog")).isHidden();
		this.page.reload();
		assertThat(row).isVisible();

		delete.click();
		this.page.keyboard().press("Escape");
		assertThat(this.page.getByTestId("confirm-dialog")).isHidden();
		this.page.reload();
		assertThat(row).isVisible();

		delete.click();
		String question = Pages.confirm(this.page);
		assertThat(question).contains(keyId);
		assertThat(row).hasCount(0);
	}

}

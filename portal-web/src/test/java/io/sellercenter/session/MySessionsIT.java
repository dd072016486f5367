package io.sellercenter.session;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class MySessionsIT extends BrowserJourney {

	@Autowired
	SessionLinks links;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void userEndsTheirSessionInAnotherBrowser() {
		// Start from no sessions: other journeys in this JVM may have left some of this
		// user's open.
		this.links.endAll(
				this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = 'acme-support'", Long.class));
		BrowserContext laptop = newContext();
		Page other = laptop.newPage();
		Pages.signIn(other, portal(""), "acme-support");
		Pages.signIn(this.page, portal(""), "acme-support");

		this.page.navigate(portal("/sessions"));
		Locator rows = this.page.getByTestId("session-table").locator("tbody tr");
		assertThat(rows).hasCount(2);
		screenshot("my-sessions");
		Locator otherRow = rows.filter(new Locator.FilterOptions().setHasNot(this.page.getByText("This session")));
		otherRow.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
		Pages.confirm(this.page);

		assertThat(this.page.getByTestId("flash")).isVisible();
		assertThat(rows).hasCount(1);
		other.navigate(portal("/"));
		assertThat(other.url()).as("the other browser is signed out").startsWith(portal("/login"));
		laptop.close();
	}

	@Test
	void endingTheCurrentSessionSignsOut() {
		Pages.signIn(this.page, portal(""), "globex-sales");
		this.page.navigate(portal("/sessions"));
		this.page.getByTestId("session-table")
			.locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText("This session"))
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)
			.click();
		Pages.confirm(this.page);

		assertThat(this.page.getByTestId("logged-out")).isVisible();
		this.page.navigate(portal("/sessions"));
		assertThat(this.page.url()).startsWith(portal("/login"));
	}

}

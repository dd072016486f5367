package io.sellercenter.user;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import io.sellercenter.testsupport.Pages.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class SubUsersIT extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Other journeys count on acme-intern being unregistered and acme-ops being active.
	 */
	@AfterEach
	void restoreDemoUsers() {
		this.jdbc.update("DELETE FROM portal_user WHERE user_name = 'acme-intern'");
		this.jdbc.update("UPDATE portal_user SET status = 'ACTIVE' WHERE user_name = 'acme-ops'");
	}

	@Test
	void registeredSubUserSignsInAndSeesOnlyTheMenusOfTheirGroup() {
		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.getByTestId("nav-sub-users").click();
		this.page.getByTestId("register-sub-user").click();
		this.page.getByLabel("IAM user name").fill("acme-intern");
		this.page.getByLabel("Display name").fill("Ivy Intern");
		this.page.getByLabel("Support").check();
		screenshot("register-sub-user");
		this.page.getByTestId("save-sub-user").click();
		assertThat(this.page.getByTestId("sub-user-acme-intern")).containsText("Support");
		screenshot("sub-users");

		BrowserContext internBrowser = newContext();
		Page intern = internBrowser.newPage();
		intern.navigate(portal("/login"));
		new SignIn(intern).asIamUserOf("acme").signIn("acme-intern", "demo");
		assertThat(intern.getByTestId("merchant-name")).hasText("Acme Cloud");
		assertThat(intern.getByTestId("nav-profile")).isVisible();
		assertThat(intern.getByTestId("nav-sub-users")).hasCount(0);
		assertThat(intern.getByTestId("nav-audit")).hasCount(0);
		Response forbidden = intern.navigate(portal("/sub-users"));
		assertThat(forbidden.status()).isEqualTo(403);
		internBrowser.close();
	}

	@Test
	void disablingASubUserEndsTheirOpenSession() {
		BrowserContext opsBrowser = newContext();
		Page ops = opsBrowser.newPage();
		ops.navigate(portal("/login"));
		new SignIn(ops).asIamUserOf("acme").signIn("acme-ops", "demo");
		assertThat(ops.getByTestId("merchant-name")).hasText("Acme Cloud");

		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.navigate(portal("/sub-users"));
		this.page.getByTestId("disable-acme-ops").click();
		org.assertj.core.api.Assertions.assertThat(Pages.confirm(this.page)).contains("acme-ops");
		assertThat(this.page.getByTestId("sub-user-acme-ops")).containsText("Disabled");

		ops.navigate(portal("/"));
		assertThat(ops.url()).as("acme-ops is signed out").startsWith(portal("/login"));
		opsBrowser.close();
	}

	@Test
	void groupChangeTakesEffectInAnOpenSession() {
		BrowserContext supportBrowser = newContext();
		Page support = supportBrowser.newPage();
		support.navigate(portal("/login"));
		new SignIn(support).asIamUserOf("acme").signIn("acme-support", "demo");
		assertThat(support.getByTestId("nav-profile")).isVisible();

		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.navigate(portal("/sub-users"));
		this.page.getByTestId("group-table").getByText("Support").click();
		this.page.getByLabel("Merchant information (read only)").uncheck();
		this.page.getByTestId("save-group").click();
		try {
			Response refused = support.navigate(portal("/merchant/profile"));
			assertThat(refused.status()).isEqualTo(403);
			assertThat(support.getByTestId("nav-profile")).hasCount(0);
		}
		finally {
			this.jdbc.update(
					"UPDATE permission_group SET menus = 'MERCHANT_INFO,SUPERVISION,TICKETS' WHERE name = 'Support'");
			supportBrowser.close();
		}
	}

}

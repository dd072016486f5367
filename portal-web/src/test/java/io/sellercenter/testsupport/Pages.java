package io.sellercenter.testsupport;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Page objects of the journeys: what a person does on the portal's and the provider's
 * pages, selected by role, label or data-testid.
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * Answers the confirmation a destructive action asks for (static/js/confirm.js) with
	 * "confirm" and waits until the form has been sent; the question it asked, which
	 * names the object and the consequence.
	 */
	public static String confirm(Page page) {
		assertThat(page.getByTestId("confirm-dialog")).isVisible();
		String question = page.getByTestId("confirm-message").textContent();
		// Waits for the answer to the form's POST, so that what the action changed is
		// there for
		// the next step of a test (the click alone returns before the form is sent).
		page.waitForResponse(response -> "POST".equals(response.request().method()),
				() -> page.getByTestId("confirm-ok").click());
		page.waitForLoadState();
		return question;
	}

	/** The portal's own sign-in page. */
	public record SignIn(Page page) {

		public IdpLogin withMarketplaceAccount() {
			this.page.getByTestId("sign-in-marketplace").click();
			return new IdpLogin(this.page);
		}

		public IdpLogin asIamUserOf(String account) {
			this.page.getByTestId("iam-form").getByRole(AriaRole.TEXTBOX).fill(account);
			this.page.getByTestId("sign-in-iam").click();
			return new IdpLogin(this.page);
		}

	}

	/** A page that refused a sign-in (not registered, disabled, or sign-in failed). */
	public record Refusal(Page page) {

		/** Ends the provider session and comes back to the portal's sign-in page. */
		public SignIn signInAsAnotherUser() {
			this.page.getByTestId("switch-account").click();
			assertThat(page.getByTestId("login-switched")).isVisible();
			return new SignIn(this.page);
		}

	}

	/** The identity provider's login form. */
	public record IdpLogin(Page page) {

		public IdpLogin {
			assertThat(page.getByTestId("idp-password")).isVisible();
		}

		public void signIn(String user, String password) {
			this.page.getByTestId("idp-username").fill(user);
			this.page.getByTestId("idp-password").fill(password);
			this.page.getByTestId("idp-submit").click();
		}

	}

	/** Any page of the portal's layout, signed in. */
	public record Portal(Page page) {

		public String merchantName() {
			return this.page.getByTestId("merchant-name").textContent().trim();
		}

		public void signOut() {
			this.page.getByTestId("user-menu").click();
			this.page.getByTestId("sign-out").click();
		}

	}

	/** Signs in through the portal's sign-in page with the marketplace account. */
	public static Portal signIn(Page page, String portalUrl, String user) {
		page.navigate(portalUrl + "/login");
		new SignIn(page).withMarketplaceAccount().signIn(user, "demo");
		assertThat(page.getByTestId("topbar")).isVisible();
		return new Portal(page);
	}

}

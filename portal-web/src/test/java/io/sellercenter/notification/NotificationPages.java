package io.sellercenter.notification;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Page objects of the notification journeys, selected by role, label or data-testid. */
final class NotificationPages {

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	private NotificationPages() {
	}

	/** The bell in the top bar of every page. */
	record Bell(Page page) {

		Locator count() {
			return this.page.getByTestId("bell-count");
		}

		Inbox open() {
			this.page.getByTestId("bell").click();
			return new Inbox(this.page);
		}

	}

	/** The inbox, /notifications. */
	record Inbox(Page page) {

		Locator messages() {
			return this.page.getByTestId("message-list").getByRole(AriaRole.LISTITEM);
		}

		Locator message(String title) {
			return messages().filter(new Locator.FilterOptions().setHasText(title));
		}

		Inbox markRead(String title) {
			message(title).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark read")).click();
			return this;
		}

		Locator flash() {
			return this.page.getByTestId("flash");
		}

		Settings settings() {
			this.page.getByTestId("notification-settings").click();
			return new Settings(this.page);
		}

	}

	/** The main account's notification settings, /notifications/settings. */
	record Settings(Page page) {

		/**
		 * The checkbox of one event on one channel, by its label ("Onboarding approved ·
		 * SMS").
		 */
		Locator cell(String event, String channel) {
			return this.page.getByLabel(event + " · " + channel, EXACT);
		}

		Settings language(String language) {
			languageOption(language).check();
			return this;
		}

		Locator languageOption(String language) {
			return this.page.getByLabel(language, EXACT);
		}

		Settings save() {
			this.page.getByTestId("save-settings").click();
			return this;
		}

		Locator flash() {
			return this.page.getByTestId("flash");
		}

	}

}

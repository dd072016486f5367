package io.sellercenter.notification;

import java.util.Map;
import java.util.UUID;

import io.sellercenter.notification.NotificationPages.Bell;
import io.sellercenter.notification.NotificationPages.Inbox;
import io.sellercenter.notification.NotificationPages.Settings;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class NotificationIT extends BrowserJourney {

	@Autowired
	Notifications notifications;

	@Autowired
	InSiteMessages inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void merchantSeesTheUnreadCountReadsTheMessageAndMarksItRead() {
		CurrentUser acmeAdmin = new TestUsers(this.jdbc).current("acme-admin");
		this.inbox.markAllRead(acmeAdmin.merchant(), acmeAdmin.userId());
		String reason = "Licence scan unreadable " + UUID.randomUUID().toString().substring(0, 6);
		this.notifications.notifyMerchant(acmeAdmin.merchant(), NotificationEvent.PROFILE_CHANGE_REJECTED,
				new Recipient(acmeAdmin.userId(), null, null), Map.of("merchant", "Acme Cloud", "reason", reason),
				"/merchant/profile");

		Pages.signIn(this.page, portal(""), "acme-admin");
		Bell bell = new Bell(this.page);
		assertThat(bell.count()).hasText("1");

		Inbox inbox = bell.open();
		String title = "Change of merchant information not approved";
		assertThat(inbox.message(title)).containsText(reason);
		assertThat(inbox.message(title)).containsText("Unread");
		// The count again: every page loads it.
		assertThat(bell.count()).hasText("1");
		screenshot("notifications");

		inbox.markRead(title);
		assertThat(inbox.flash()).isVisible();
		assertThat(inbox.message(title)).not().containsText("Unread");
		assertThat(bell.count()).isHidden();
	}

	@Test
	void aProductNoticeNamesTheProductInTheReadersLanguageAndOpensWhatItIsAbout() {
		CurrentUser acmeAdmin = new TestUsers(this.jdbc).current("acme-admin");
		this.inbox.markAllRead(acmeAdmin.merchant(), acmeAdmin.userId());
		long product = this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = 'WordPress One-Click'",
				Long.class);
		String nameZh = this.jdbc.queryForObject("SELECT name_zh FROM product WHERE id = ?", String.class, product);
		this.notifications.notifyMerchant(acmeAdmin.merchant(), NotificationEvent.DELISTING_REJECTED,
				new Recipient(acmeAdmin.userId(), null, null), Map.of("product", nameZh, "productEn",
						"WordPress One-Click", "reason", "Buyers still depend on it; delist the spec instead."),
				"/products/" + product);
		this.notifications.notifyMerchant(acmeAdmin.merchant(), NotificationEvent.PRODUCT_APPROVED,
				new Recipient(acmeAdmin.userId(), null, null),
				Map.of("product", nameZh, "productEn", "WordPress One-Click"), "/products/" + product);

		Pages.signIn(this.page, portal(""), "acme-admin");
		Inbox inbox = new Bell(this.page).open();
		assertThat(inbox.message("Delisting rejected")).containsText("The delisting of WordPress One-Click");
		assertThat(inbox.message("Delisting rejected")).not().containsText(nameZh);
		shots("notifications");

		inbox.message("Delisting rejected").getByRole(AriaRole.LINK).click();
		assertThat(this.page.getByTestId("product-name")).hasText("WordPress One-Click");
		assertThat(new Bell(this.page).count()).hasText("1");
		this.inbox.markAllRead(acmeAdmin.merchant(), acmeAdmin.userId());
	}

	@Test
	void mainAccountTurnsAChannelOffAndChoosesTheLanguageOfEmailAndSms() {
		Pages.signIn(this.page, portal(""), "globex-admin");
		Settings settings = new Bell(this.page).open().settings();
		assertThat(settings.cell("Onboarding approved", "SMS")).isChecked();

		settings.cell("Onboarding approved", "SMS").uncheck();
		settings.language("English").save();

		assertThat(settings.flash()).isVisible();
		assertThat(settings.cell("Onboarding approved", "SMS")).not().isChecked();
		assertThat(settings.cell("Onboarding approved", "E-mail")).isChecked();
		assertThat(settings.languageOption("English")).isChecked();
		screenshot("notification-settings");

		// Put Globex back as other journeys expect it.
		settings.cell("Onboarding approved", "SMS").check();
		settings.language("中文").save();
		assertThat(settings.flash()).isVisible();
	}

}

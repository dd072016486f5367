package io.sellercenter.saas;

import java.util.UUID;

import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import io.sellercenter.testsupport.TestMerchantServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Interface debugging in a browser against a merchant interface on loopback: send a
 * create, read the verdict, save the case, confirm its deletion in the portal's dialog;
 * the pages in both languages at desktop and phone width
 * (target/screenshots/shots/saas-*).
 */
class SaasDebugIT extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProductionSetup setup;

	@Test
	void aMerchantSendsADebugRequestSavesItAndDeletesTheCase() throws Exception {
		MerchantId acme = new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class));
		long admin = this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = 'acme-admin'", Long.class);
		Actor actor = new Actor(admin, "acme-admin", acme, "127.0.0.1");
		String secret = "browser-secret-" + UUID.randomUUID();
		try (TestMerchantServer server = TestMerchantServer.start("ak-browser-tests", secret)) {
			this.setup.saveAddress(actor, server.url(), Contract.V2);
			this.setup.bind(actor, InterfaceType.BASIC, "ak-browser-tests", secret);
			String name = "SaaS browser " + UUID.randomUUID().toString().substring(0, 6);
			this.jdbc.update(
					"""
							INSERT INTO product (merchant_id, type, status, public_visible, name_zh, name_en, category, content,
							                     listed_at, updated_at)
							SELECT merchant_id, 'SAAS', 'ON_SALE', 1, ?, ?, category, content, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
							FROM product WHERE name_en = 'WordPress One-Click'""",
					name + " 云应用", name);
			long product = this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = ?", Long.class, name);

			Pages.signIn(this.page, portal(""), "acme-admin");
			this.page.navigate(portal("/saas/debug?productId=" + product + "&orderId=MOCKPERIODYEARNEW"));
			this.page.getByTestId("debug-send").click();
			assertThat(this.page.getByTestId("debug-outcome")).hasText("Passed");
			assertThat(this.page.getByTestId("debug-result-code")).containsText("000000");
			// The pictures start from the form (the answer's address opens nothing
			// again).
			this.page.navigate(portal("/saas/debug?productId=" + product + "&orderId=MOCKPERIODYEARNEW"));
			shots("saas-debug-sent", (copy) -> copy.getByTestId("debug-send").click());
			this.page.getByTestId("debug-preview").click();
			assertThat(this.page.getByTestId("preview-curl")).containsText("curl -sS -X POST");
			this.page.navigate(portal("/saas/debug?productId=" + product + "&orderId=MOCKPERIODYEARNEW"));
			shots("saas-debug-preview", (copy) -> copy.getByTestId("debug-preview").click());

			this.page.navigate(portal("/saas/debug?productId=" + product + "&orderId=MOCKPERIODYEARNEW"));
			this.page.getByTestId("debug-send").click();
			this.page.getByTestId("case-name").fill("Yearly create");
			this.page.getByTestId("save-case").click();
			assertThat(this.page.getByTestId("case-title")).containsText("Yearly create");
			assertThat(this.page.getByTestId("run")).hasCount(1);
			shots("saas-case");

			this.page.navigate(portal("/saas/cases?productId=" + product));
			assertThat(this.page.getByTestId("case-table").locator("tbody tr")).hasCount(1);
			shots("saas-cases");
			this.page.getByTestId("delete-case").click();
			Pages.confirm(this.page);
			assertThat(this.page.getByTestId("flash")).containsText("deleted");
			assertThat(this.page.getByTestId("case-table")).containsText("No debug cases yet");
		}
	}

}

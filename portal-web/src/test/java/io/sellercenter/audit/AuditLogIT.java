package io.sellercenter.audit;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.UUID;

import com.microsoft.playwright.Page;
import io.sellercenter.merchant.FinanceContact;
import io.sellercenter.merchant.MerchantProfile;
import io.sellercenter.merchant.ProfileService;
import io.sellercenter.product.Grant;
import io.sellercenter.product.GrantRole;
import io.sellercenter.product.GrantService;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Menu;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import io.sellercenter.user.SubUserService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The audit log as the main account and an operator read it, after a day's worth of
 * changes made through the services themselves: words, names with links, what changed
 * side by side; with screenshots of both pages in both languages.
 */
class AuditLogIT extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SubUserService subUsers;

	@Autowired
	GrantService grants;

	@Autowired
	ProfileService profiles;

	@Test
	void mainAccountAndOperatorReadTheLogInWords() {
		CurrentUser admin = new TestUsers(this.jdbc).current("acme-admin");
		Actor actor = new Actor(admin.userId(), "acme-admin", admin.merchant(), "0:0:0:0:0:0:0:1");
		Actor fromAfar = new Actor(admin.userId(), "acme-admin", admin.merchant(), "::ffff:203.0.113.24");
		String group = "Finance " + UUID.randomUUID().toString().substring(0, 4);
		this.subUsers.createGroup(admin.merchant(), group, EnumSet.of(Menu.ORDERS), actor);
		long groupId = this.jdbc.queryForObject("SELECT id FROM permission_group WHERE name = ?", Long.class, group);
		this.subUsers.updateGroup(admin.merchant(), groupId, group, EnumSet.of(Menu.ORDERS, Menu.USAGE), fromAfar);
		long ops = this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = 'acme-ops'", Long.class);
		this.subUsers.setEnabled(admin.merchant(), ops, false, actor);
		this.subUsers.setEnabled(admin.merchant(), ops, true, actor);
		long product = this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = 'Cloud Migration Consulting'",
				Long.class);
		this.grants.grant(admin.merchant(), product, ops, GrantRole.VIEW, false, LocalDateTime.of(2027, 3, 31, 16, 0),
				actor);
		Grant granted = this.grants.ofProduct(admin.merchant(), product)
			.stream()
			.filter((g) -> g.userId() == ops)
			.findFirst()
			.orElseThrow();
		this.grants.revoke(admin.merchant(), product, granted.id(), fromAfar);
		MerchantProfile profile = this.profiles.profile(admin.merchant()).orElseThrow();
		FinanceContact finance = new FinanceContact(profile.financeName(), profile.financePhone(),
				profile.financeEmail());
		this.profiles.updateContacts(admin.merchant(), "+86 755 8888 0099", profile.contactEmail(), finance, actor);
		this.profiles.updateContacts(admin.merchant(), profile.contactPhone(), profile.contactEmail(), finance, actor);

		// A product change submitted and rejected days ago (the demo's), as the review
		// writes it.
		long review = this.jdbc.queryForObject(
				"SELECT id FROM review_request WHERE reason = 'Claims of being the best need evidence.'", Long.class);
		entry(admin.merchantId(), admin.userId(), "acme-admin", "REVIEW_SUBMITTED", review,
				"{\"summary\":\"Plan and run your move to the cloud.\"}",
				"{\"summary\":\"The best migration in the world.\"}", "0:0:0:0:0:0:0:1", 3);
		entry(admin.merchantId(), 1L, "mkt-reviewer", "REVIEW_REJECTED", review, "{\"status\":\"PENDING\"}",
				"{\"status\":\"REJECTED\",\"reason\":\"Claims of being the best need evidence.\"}", "10.20.0.7", 2);

		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.navigate(portal("/audit"));
		Page log = this.page;
		assertThat(log.getByTestId("audit-table")).containsText("Changed a permission group");
		assertThat(log.getByTestId("audit-table")
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName(group)))
			.hasCount(2);
		assertThat(log.getByTestId("audit-table")).containsText("::1");
		assertThat(log.getByTestId("audit-table")).containsText("203.0.113.24");
		assertThat(log.getByTestId("audit-table")).not().containsText("SUB_USER");
		assertThat(log.getByTestId("audit-table")).not().containsText("{");
		shots("audit");

		this.page.navigate(portal("/audit?from=2026-12-08&to=2026-12-01"));
		assertThat(log.getByTestId("date-range-error")).isVisible();
		shots("audit-reversed");
		this.page.navigate(portal("/orders?from=2026-12-08&to=2026-12-01"));
		assertThat(log.getByTestId("date-range-error")).isVisible();
		shots("audit-reversed-orders");
		this.page.navigate(portal("/usage?from=2026-12-08&to=2026-12-01"));
		assertThat(log.getByTestId("date-range-error")).isVisible();
		shots("audit-reversed-usage");

		Page operator = newContext().newPage();
		Pages.signIn(operator, portal(""), "mkt-reviewer");
		operator.navigate(portal("/operator/audit"));
		assertThat(operator.getByTestId("audit-table")).containsText("Acme Cloud");
		shots(operator, "audit-operator");
		operator.navigate(portal("/operator/audit?merchant=globex"));
		shots(operator, "audit-operator-globex");
		operator.context().close();
	}

	private void entry(long merchant, long user, String name, String action, long review, String before, String after,
			String ip, int daysAgo) {
		this.jdbc.update("""
				INSERT INTO audit_log (merchant_id, actor_user_id, actor_name, action, target_type, target_id,
				                       before_value, after_value, client_ip, created_at)
				VALUES (?, ?, ?, ?, 'REVIEW', ?, ?, ?, ?, UTC_TIMESTAMP(6) - INTERVAL ? DAY)
				""", merchant, user, name, action, String.valueOf(review), before, after, ip, daysAgo);
	}

}

package io.sellercenter.product;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import io.sellercenter.testsupport.Pages.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing products of the three types, their review, and delegating them to sub-users.
 */
class ProductJourneyIT extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void merchantPublishesThreeTypesAndOperatorReviewsThem() {
		Pages.signIn(this.page, portal(""), "acme-admin");
		ProductForms form = new ProductForms(this.page);

		form.startNew(portal(""), "IMAGE").basics("测试镜像", "Journey Image", "WEBSITE").version("1.0");
		this.page.locator("#assetId")
			.selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel("Acme Redis 7.2 on Ubuntu 22.04 (img-acme-redis, ap-southeast-1)"));
		this.page.locator("#userGuideFile").setInputFiles(ProductForms.PDF);
		form.spec(1, "标准版", "Standard", "MONTHLY", null, "2:50.00, 4:90.00");
		screenshot("publish-image");
		form.submit();
		assertThat(this.page.getByTestId("under-review")).isVisible();

		form.startNew(portal(""), "CONSULTING").basics("测试咨询", "Journey Consulting", "CONSULTING");
		this.page.getByLabel("Your product page (https)").fill("https://acme.example/journey");
		form.submit();
		assertThat(this.page.getByTestId("under-review")).isVisible();

		form.startNew(portal(""), "DATA_FILE").basics("测试数据", "Journey Data", "DATA_SET").version("2026.12");
		this.page.locator("#rightsCertificateFile").setInputFiles(ProductForms.PDF);
		this.page.locator("#complianceNotApplicable").check();
		this.page.locator("#qualityNotApplicable").check();
		this.page.locator("#dataItemsFile").setInputFiles(ProductForms.workbook("data-items-bad-row.xlsx"));
		this.page.getByLabel("Acceptance criteria").fill("Every ordered item delivered in the template's format.");
		this.page.getByLabel("Delivery period (days)").fill("7");
		form.spec(1, "月度", "Monthly", "MONTHLY", "999.00", null);
		form.saveDraft();
		assertThat(this.page.getByTestId("data-item-errors"))
			.containsText("Row 3, column B: unknown data type \"TEXT\"");
		screenshot("data-items-bad-row");
		this.page.locator("#dataItemsFile").setInputFiles(ProductForms.workbook("data-items-good.xlsx"));
		form.submit();
		assertThat(this.page.getByTestId("under-review")).isVisible();

		Page operator = signedIn("mkt-reviewer");
		operator.navigate(portal("/operator/reviews?kind=PRODUCT_APPLICATION"));
		operator.getByTestId("review-table").getByText("Acme Cloud").first().click();
		decideAll(operator);

		this.page.navigate(portal("/products"));
		assertThat(this.page.getByTestId("product-table")).containsText("Journey Consulting");
		assertThat(this.page.getByTestId("product-table")).containsText("Journey Data");
		assertThat(this.page.getByTestId("product-table")).not().containsText("Journey Image");
		this.page.navigate(portal("/products/applications?status=REJECTED"));
		this.page.getByTestId("application-table").getByText("Journey Image").click();
		assertThat(this.page.getByTestId("comment-summary")).containsText("Say what the image contains");
		screenshot("application-rejected");
	}

	@Test
	void grantsShowSubUsersOnlyTheirProductsAndRevokingIsImmediate() {
		this.jdbc.update("UPDATE permission_group SET menus = 'MERCHANT_INFO,PRODUCTS,SUPERVISION,TICKETS'"
				+ " WHERE name = 'Support'");
		try {
			Pages.signIn(this.page, portal(""), "acme-admin");
			long wordpress = productId("WordPress One-Click");
			long consulting = productId("Cloud Migration Consulting");
			this.page.navigate(portal("/products/" + wordpress));
			this.page.getByTestId("revoke-acme-ops").click();
			Pages.confirm(this.page);
			grant("acme-ops", "MANAGE");
			this.page.navigate(portal("/products/" + consulting));
			grant("acme-support", "VIEW");
			screenshot("product-grants");

			Page ops = signedInAsIamUser("acme-ops");
			ops.navigate(portal("/products"));
			assertThat(ops.getByTestId("product-table")).containsText("WordPress One-Click");
			assertThat(ops.getByTestId("product-table")).not().containsText("Cloud Migration Consulting");
			ops.navigate(portal("/products/" + wordpress));
			assertThat(ops.getByTestId("change-product")).isVisible();

			Page support = signedInAsIamUser("acme-support");
			support.navigate(portal("/products/" + consulting));
			assertThat(support.getByTestId("product-name")).isVisible();
			assertThat(support.getByTestId("change-product")).hasCount(0);
			assertThat(support.navigate(portal("/products/" + wordpress)).status()).isEqualTo(404);

			this.page.navigate(portal("/products/" + consulting));
			this.page.getByTestId("revoke-acme-support").click();
			Pages.confirm(this.page);
			Response revoked = support.navigate(portal("/products/" + consulting));
			assertThat(revoked.status()).as("revoking takes effect at once").isEqualTo(404);
		}
		finally {
			this.jdbc.update(
					"UPDATE permission_group SET menus = 'MERCHANT_INFO,SUPERVISION,TICKETS' WHERE name = 'Support'");
		}
	}

	@Test
	void grantExpiryIsTheDayPickedAndAPastDayIsAnErrorNextToTheField() {
		Pages.signIn(this.page, portal(""), "acme-admin");
		long consulting = productId("Cloud Migration Consulting");
		this.page.navigate(portal("/products/" + consulting));
		LocalDate lastDay = LocalDate.now().plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
		this.page.locator("#grant-user").selectOption(new SelectOption().setLabel("acme-support"));
		this.page.locator("#grant-expires").fill(lastDay.toString());
		this.page.getByTestId("grant-submit").click();
		assertThat(this.page.getByTestId("grant-until-acme-support")).hasText("valid through " + lastDay);
		shots("grant-expiry");
		this.page.getByTestId("revoke-acme-support").click();
		Pages.confirm(this.page);
		assertThat(this.page.getByTestId("grant-acme-support")).hasCount(0);

		String past = LocalDate.now().minusDays(2).toString();
		this.page.locator("#grant-expires").fill(past);
		this.page.getByTestId("grant-submit").click();
		assertThat(this.page.getByTestId("grant-expires-error")).containsText("Choose today or a later day");
		assertThat(this.page.locator("#grant-expires")).hasValue(past);
		assertThat(this.page.getByTestId("grant-acme-support")).hasCount(0);
		this.page.navigate(portal("/products/" + consulting));
		shots("grant-error", (shown) -> {
			shown.locator("#grant-user").selectOption(new SelectOption().setLabel("acme-support"));
			shown.locator("#grant-expires").fill(past);
			shown.getByTestId("grant-submit").click();
			shown.getByTestId("grant-expires-error").waitFor();
		});
	}

	/**
	 * The three applications: the image is rejected with a comment on its summary, the
	 * others approved.
	 */
	private void decideAll(Page operator) {
		for (int i = 0; i < 3; i++) {
			operator.navigate(portal("/operator/reviews?kind=PRODUCT_APPLICATION"));
			operator.getByTestId("review-table").getByText("Acme Cloud").first().click();
			String name = operator.getByTestId("field-nameEn").textContent();
			if (name.contains("Journey Image")) {
				operator.getByTestId("comment-summary").fill("Say what the image contains.");
				operator.getByTestId("reject").click();
				Pages.confirm(operator);
			}
			else {
				operator.getByTestId("approve").click();
				Pages.confirm(operator);
			}
			assertThat(operator.getByTestId("flash")).isVisible();
		}
	}

	private void grant(String user, String role) {
		this.page.getByLabel("Sub-user")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(user));
		this.page.getByLabel("Role").selectOption(role);
		this.page.getByTestId("grant-submit").click();
		assertThat(this.page.getByTestId("grant-" + user)).isVisible();
	}

	private long productId(String nameEn) {
		return this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = ?", Long.class, nameEn);
	}

	private Page signedIn(String user) {
		BrowserContext context = newContext();
		Page other = context.newPage();
		Pages.signIn(other, portal(""), user);
		return other;
	}

	private Page signedInAsIamUser(String user) {
		BrowserContext context = newContext();
		Page other = context.newPage();
		other.navigate(portal("/login"));
		new SignIn(other).asIamUserOf("acme").signIn(user, "demo");
		assertThat(other.getByTestId("topbar")).isVisible();
		return other;
	}

}

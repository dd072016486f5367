package io.sellercenter.merchant;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import io.sellercenter.notification.OutboxSender;
import io.sellercenter.testsupport.PortalTestServices;
import io.sellercenter.testsupport.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Onboarding and profile changes, from the merchant's form through the operator's
 * decision.
 */
class ProfileReviewIT extends BrowserJourney {

	@Autowired
	OutboxSender outbox;

	static final FilePayload LICENCE = new FilePayload("licence.pdf", "application/pdf",
			"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

	@Test
	void newMerchantOnboardsAndOperatorCertifies() {
		Pages.signIn(this.page, portal(""), "initech-admin");
		assertThat(this.page.getByTestId("onboarding-hint")).isVisible();
		this.page.navigate(portal("/merchant/profile"));
		this.page.getByTestId("start-onboarding").click();
		fillProfile(this.page, "Initech Software Ltd", "Room 5, 12 Software Street, Hangzhou");
		// A typo in the unified social credit code is named next to the field.
		this.page.getByLabel("Registration number").fill("91330100MA21N1TEC5");
		this.page.getByLabel("Business licence (PDF or image, at most 10 MB)").setInputFiles(LICENCE);
		this.page.getByTestId("submit-onboarding").click();
		assertThat(this.page.getByTestId("registrationNumber-error")).containsText("does not match the first 17");
		assertThat(this.page.getByTestId("onboarding-form")).isVisible();
		shots("onboarding-code", (shown) -> {
			fillById(shown, "Initech Software Ltd", "91330100MA21N1TEC5");
			shown.getByTestId("submit-onboarding").click();
			shown.getByTestId("registrationNumber-error").waitFor();
		});
		this.page.getByLabel("Registration number").fill("91330100MA21N1TEC4");
		this.page.getByLabel("Business licence (PDF or image, at most 10 MB)").setInputFiles(LICENCE);
		screenshot("onboarding-form");
		this.page.getByTestId("submit-onboarding").click();
		assertThat(this.page.getByTestId("onboarding-pending")).isVisible();
		assertThat(this.page.getByTestId("certification")).hasText("Under review");

		Page operator = operator();
		operator.navigate(portal("/operator/reviews?kind=ONBOARDING"));
		operator.getByTestId("review-table").getByText("Initech Software").click();
		assertThat(operator.getByTestId("field-address")).containsText("12 Software Street");
		assertThat(operator.getByTestId("file-licence")).isVisible();
		screenshotOf(operator, "review-onboarding");
		operator.getByTestId("approve").click();
		Pages.confirm(operator);
		assertThat(operator.getByTestId("flash")).isVisible();

		this.page.navigate(portal("/merchant/profile"));
		assertThat(this.page.getByTestId("certification")).hasText("Certified");
		assertThat(this.page.getByTestId("profile-companyName")).hasText("Initech Software Ltd");
		// The header takes the new name at once, without signing in again.
		assertThat(this.page.getByTestId("merchant-name")).hasText("Initech Software Ltd");
		screenshot("profile-certified");

		// The result reaches the contact on file by e-mail and SMS, through the outbox.
		this.outbox.sendDue();
		assertThat(TestMail.to(PortalTestServices.mail(), "initech-admin@initech.example")).isNotEmpty();
		assertThat(PortalTestServices.sms().receivedBy("+86 571 8000 0001")).isNotEmpty();
	}

	@Test
	void changeRequestRejectedWithReasonIsShownToTheMerchant() {
		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.navigate(portal("/merchant/profile"));
		this.page.getByTestId("request-change").click();
		this.page.getByLabel("Registered address").fill("99 Harbour Road, Hong Kong");
		this.page.getByTestId("submit-change").click();
		assertThat(this.page.getByTestId("change-status")).hasText("Under review");

		Page operator = operator();
		operator.navigate(portal("/operator/reviews?kind=PROFILE_CHANGE"));
		operator.getByTestId("review-table").getByText("Acme Cloud").click();
		assertThat(operator.locator("[data-testid='field-address'].changed")).containsText("99 Harbour Road");
		operator.getByLabel("Reason (the merchant sees it)").fill("The address does not match the licence.");
		operator.getByTestId("reject").click();
		Pages.confirm(operator);

		this.page.navigate(portal("/merchant/profile"));
		assertThat(this.page.getByTestId("change-status")).hasText("Rejected");
		assertThat(this.page.getByTestId("change-reason")).containsText("does not match the licence");
		assertThat(this.page.getByTestId("profile-address")).not().containsText("Harbour");
		screenshot("change-rejected");
	}

	static void fillProfile(Page page, String company, String address) {
		page.getByLabel("Company name").fill(company);
		page.getByLabel("Registration number").fill("91330100MA21N1TEC4");
		page.getByLabel("Registered address").fill(address);
		page.getByLabel("Tax number").fill("91330100MA21N1TEC4");
		page.getByLabel("Contact person").fill("Peter Initech");
		page.getByLabel("Contact phone").fill("+86 571 8000 0001");
		page.getByLabel("Contact e-mail").fill("initech-admin@initech.example");
		page.getByLabel("Finance contact").fill("Fay Finance");
		page.getByLabel("Finance phone").fill("+86 571 8000 0002");
		page.getByLabel("Finance e-mail").fill("finance@initech.example");
	}

	/** The onboarding form filled by element id, whatever the page's language. */
	private static void fillById(Page page, String company, String registrationNumber) {
		page.locator("#companyName").fill(company);
		page.locator("#registrationNumber").fill(registrationNumber);
		page.locator("#address").fill("Room 5, 12 Software Street, Hangzhou");
		page.locator("#taxNumber").fill("91330100MA21N1TEC4");
		page.locator("#contactPerson").fill("Peter Initech");
		page.locator("#contactPhone").fill("+86 571 8000 0001");
		page.locator("#contactEmail").fill("initech-admin@initech.example");
		page.locator("#financeName").fill("Fay Finance");
		page.locator("#financePhone").fill("+86 571 8000 0002");
		page.locator("#financeEmail").fill("finance@initech.example");
		page.locator("input[type=file][name=licence]").setInputFiles(LICENCE);
	}

	private Page operator() {
		BrowserContext context = newContext();
		Page operator = context.newPage();
		Pages.signIn(operator, portal(""), "mkt-reviewer");
		return operator;
	}

	private void screenshotOf(Page other, String name) {
		other.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(java.nio.file.Path.of("target", "screenshots", name + ".png")));
	}

}

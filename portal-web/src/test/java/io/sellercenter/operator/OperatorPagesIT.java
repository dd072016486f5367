package io.sellercenter.operator;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.sellercenter.file.FileService;
import io.sellercenter.review.ReviewFixtures;
import io.sellercenter.review.ReviewService;
import io.sellercenter.review.WorkingDays;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's pages in a browser: the queue, a product change and a profile change
 * with their images shown, and a merchant's page; each in both languages at desktop and
 * phone width (target/screenshots/shots/operator-*).
 */
class OperatorPagesIT extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FileService files;

	@Autowired
	ReviewService reviews;

	@Test
	void operatorReadsRequestsInWordsWithTheirImagesAndAMerchantsFigures() {
		ReviewFixtures world = ReviewFixtures.create(this.jdbc, this.files, this.reviews);
		world.products(12);
		world.usage("ACCEPTED", null, 40, 2);
		world.usage("BILLED", null, 25, 6);
		world.usage("REJECTED", "005", 6, 1);
		world.usage("REJECTED", "007", 3, 4);
		// Submitted a week ago: past its due date.
		LocalDateTime weekAgo = LocalDateTime.now(ZoneOffset.UTC).minusDays(7);
		world.times(world.productReview, weekAgo, WorkingDays.add(weekAgo, 3));
		Page operator = operator();

		operator.navigate(portal("/operator/reviews"));
		assertThat(operator.getByTestId("subject-" + world.productReview)).hasText("Test Image");
		assertThat(operator.getByTestId("subject-" + world.changeReview))
			.hasText("Registered address, Business licence");
		shots(operator, "operator-queue");

		operator.getByTestId("merchant-filter").fill(world.domain);
		operator.getByTestId("review-filters").getByRole(AriaRole.BUTTON).click();
		assertThat(operator.locator("[data-testid=review-table] tbody tr")).hasCount(3);

		operator.navigate(portal("/operator/reviews/" + world.productReview));
		assertThat(operator.getByTestId("field-type").locator("td.new")).hasText("Image");
		assertThat(operator.getByTestId("image-logo")).isVisible();
		Object width = operator.getByTestId("image-logo").evaluate("img => img.complete ? img.naturalWidth : 0");
		assertThat(((Number) width).intValue()).as("the logo loaded under the page's CSP").isPositive();
		shots(operator, "operator-product-review");

		operator.navigate(portal("/operator/reviews/" + world.changeReview));
		assertThat(operator.getByTestId("image-licence")).isVisible();
		assertThat(operator.getByTestId("field-taxType").locator("td.new")).hasText("General taxpayer");
		shots(operator, "operator-profile-change");

		long acme = this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class);
		operator.navigate(portal("/operator/merchants/" + acme));
		assertThat(operator.getByTestId("merchant-orders").locator("tbody tr")).hasCount(10);
		shots(operator, "operator-merchant");

		operator.navigate(portal("/operator/merchants/" + world.merchantId));
		assertThat(operator.getByTestId("figure-accepted")).hasText("65");
		assertThat(operator.getByTestId("figure-rejected")).hasText("9");
		shots(operator, "operator-merchant-usage");
	}

	private Page operator() {
		BrowserContext context = newContext();
		Page operator = context.newPage();
		Pages.signIn(operator, portal(""), "mkt-reviewer");
		return operator;
	}

}

package io.sellercenter.usage;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.sellercenter.testsupport.Browser;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.OrderFeedFixtures;
import io.sellercenter.testsupport.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The usage pages in Chromium: the copy button beside a new key's secret
 * (static/js/copy.js, with the clipboard permission granted), and screenshots of the
 * ledger, a rejected record, a duplicate, the new secret and both export histories.
 */
class UsagePagesIT extends BrowserJourney {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UsageValidator validator;

	@Test
	void copyButtonCopiesTheNewSecretAndSaysSo() {
		this.browser.grantPermissions(List.of("clipboard-read", "clipboard-write"));
		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.navigate(portal("/usage/keys"));
		this.page.getByLabel("Name").fill("Copied key");
		this.page.getByTestId("create-key").click();
		String keyId = this.page.getByTestId("new-key-id").textContent().trim();
		String secret = this.page.getByTestId("new-key-secret").textContent().trim();
		try {
			this.page.getByTestId("copy-secret").click();
			assertThat(this.page.getByTestId("copy-secret")).hasText("Copied");
			assertThat(this.page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(secret);
			assertThat(this.page.locator("[data-copy-status]")).hasText("Copied");
			screenshot("usage-keys-copied");
			// Back to its label after a moment, ready to copy again.
			assertThat(this.page.getByTestId("copy-secret")).hasText("Copy");

			this.page.getByTestId("copy-key-id").click();
			assertThat(this.page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(keyId);
		}
		finally {
			this.jdbc.update("DELETE FROM integration_key WHERE key_id = ?", keyId);
		}
	}

	@Test
	void usagePagesInBothLanguagesAndWidths() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 6);
		String instance = "ins-shot-" + run;
		new OrderFeedFixtures(this.jdbc).instance(instance, "acme", "WordPress One-Click", "ON_DEMAND", "NORMAL",
				"c-" + run, 10);
		UsagePushClient client = new UsagePushClient(URI.create(portal("")), "acme-demo-key", "acme-demo-secret");
		String begin = minutesAgo(10);
		String end = minutesAgo(5);
		client.send("{\"usage_records\":[" + record(instance, begin, end, "2.5", run + "-good") + ","
				+ record(instance, begin, end, "-1", run + "-bad") + ","
				+ record("nope-" + run, begin, end, "1", run + "-lost") + "]}");
		drain();
		client.send("{\"usage_records\":[" + record(instance, begin, end, "2.5", run + "-twice") + "]}");
		drain();

		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.navigate(portal("/usage"));
		assertThat(this.page.getByTestId("record-" + run + "-bad")).containsText("WordPress One-Click");
		shots("usage-ledger");

		this.page.getByTestId("record-" + run + "-bad")
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK)
			.click();
		assertThat(this.page.getByTestId("record-deadline")).isVisible();
		shots("usage-rejected");

		this.page.navigate(portal("/usage?sn=" + run + "-twice"));
		this.page.getByTestId("record-" + run + "-twice")
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK)
			.click();
		assertThat(this.page.getByTestId("record-clash")).containsText(run + "-good");
		shots("usage-duplicate");

		this.page.navigate(portal("/usage?state=REJECTED&from=2026-01-01&product="
				+ LedgerFixtures.of(this.jdbc, "acme").product("WordPress One-Click")));
		this.page.waitForDownload(() -> this.page.getByTestId("export").click());
		this.page.navigate(portal("/usage/export-history"));
		assertThat(this.page.getByTestId("export-table")).containsText("Product: WordPress One-Click");
		shots("usage-export-history");

		this.page.navigate(portal("/orders?status=COMPLETED&type=RENEW&from=2026-01-01"));
		this.page.waitForDownload(() -> this.page.getByTestId("export").click());
		this.page.navigate(portal("/orders/export-history"));
		assertThat(this.page.getByTestId("export-table")).containsText("Order status: Completed");
		shots("order-export-history");

		newSecretShots("usage-keys-new-secret");
	}

	/**
	 * The secret is only in the answer to the form: each language and width creates a key
	 * of its own (deleted at once, so that the three active keys are never used up).
	 */
	private void newSecretShots(String name) {
		String state = this.page.context().storageState();
		for (String lang : List.of("en", "zh-CN")) {
			for (int width : new int[] { 1366, 390 }) {
				try (BrowserContext context = Browser.chromium()
					.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale(lang)
						.setViewportSize(width, 860)
						.setStorageState(state))) {
					context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("portal-lang"));
					Page copy = context.newPage();
					copy.navigate(portal("/usage/keys"));
					copy.locator("#key-name").fill("Shot " + lang + " " + width);
					copy.getByTestId("create-key").click();
					String keyId = copy.getByTestId("new-key-id").textContent().trim();
					try {
						copy.screenshot(new Page.ScreenshotOptions().setFullPage(true)
							.setPath(Path.of("target", "screenshots", "shots",
									name + "-" + lang.substring(0, 2) + "-" + width + ".png")));
					}
					finally {
						this.jdbc.update("DELETE FROM integration_key WHERE key_id = ?", keyId);
					}
				}
			}
		}
	}

	private void drain() {
		while (this.validator.validateBatch(500) > 0) {
			// judge everything waiting
		}
	}

	private static String record(String instance, String begin, String end, String value, String sn) {
		return "{\"instance_id\":\"" + instance + "\",\"record_time\":\"" + end + "\",\"begin_time\":\"" + begin
				+ "\",\"end_time\":\"" + end + "\",\"usage_value\":" + value + ",\"metering_sn\":\"" + sn + "\"}";
	}

	private static String minutesAgo(int minutes) {
		return LocalDateTime.now(ZoneOffset.UTC).minusMinutes(minutes).format(TIME);
	}

}

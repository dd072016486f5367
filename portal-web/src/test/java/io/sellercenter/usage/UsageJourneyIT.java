package io.sellercenter.usage;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.OrderFeedFixtures;
import io.sellercenter.testsupport.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key, a signed push of good and bad records, the ledger, what to fix, and a corrected
 * re-report.
 */
class UsageJourneyIT extends BrowserJourney {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UsageValidator validator;

	@Test
	void merchantPushesWithANewKeyAndFixesARejectedRecord() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 6);
		String instance = "ins-" + run;
		new OrderFeedFixtures(this.jdbc).instance(instance, "acme", "WordPress One-Click", "ON_DEMAND", "NORMAL",
				"c-" + run, 10);

		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.getByTestId("nav-keys").click();
		this.page.getByLabel("Name").fill("Journey key");
		this.page.getByTestId("create-key").click();
		String keyId = this.page.getByTestId("new-key-id").textContent().trim();
		String secret = this.page.getByTestId("new-key-secret").textContent().trim();
		screenshot("integration-keys");

		UsagePushClient client = new UsagePushClient(URI.create(portal("")), keyId, secret);
		String begin = minutesAgo(10);
		String end = minutesAgo(5);
		HttpResponse<String> answer = client
			.send("{\"usage_records\":[" + record(instance, begin, end, "2.5", run + "-good") + ","
					+ record(instance, begin, end, "-1", run + "-bad") + ","
					+ record("nope-" + run, begin, end, "1", run + "-lost") + "]}");
		assertThat(answer.body()).contains("MKT.0000");
		drain();

		this.page.navigate(portal("/usage?sn=" + run + "-good"));
		assertThat(this.page.getByTestId("record-" + run + "-good")).containsText("Accepted");
		this.page.navigate(portal("/usage"));
		assertThat(this.page.getByTestId("summary-003")).isVisible();
		assertThat(this.page.getByTestId("summary-001")).isVisible();
		screenshot("usage-ledger");

		this.page.getByTestId("record-" + run + "-bad")
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK)
			.click();
		assertThat(this.page.getByTestId("record-code")).containsText("003");
		assertThat(this.page.getByTestId("record-fix")).containsText("above 0");
		String rejectedUrl = this.page.url();

		client.send("{\"usage_records\":[" + record(instance, minutesAgo(4), minutesAgo(3), "1", run + "-bad") + "]}");
		drain();
		this.page.navigate(rejectedUrl);
		assertThat(this.page.getByTestId("record-links")).containsText("Accepted");
		screenshot("usage-record");
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

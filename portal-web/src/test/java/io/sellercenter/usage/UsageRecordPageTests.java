package io.sellercenter.usage;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.OrderFeedFixtures;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.usage.UsagePushClient.SignedPush;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger and a record's page as a person reads them: pushed times in the reader's
 * language and zone with the value as sent kept (in a title on the ledger, beside the
 * time on the record's page), headings in words, what to fix in both languages, the
 * accepted record a duplicate repeats, and until when the record can be pushed again (the
 * validator's cut-off and 21-day rules, from the instance's charging mode).
 */
@PortalTest
class UsageRecordPageTests {

	static final DateTimeFormatter PUSHED = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UsageValidator validator;

	@Autowired
	MessageSource messages;

	final UsagePushClient acme = new UsagePushClient(URI.create("http://localhost"), "acme-demo-key",
			"acme-demo-secret");

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void instances() {
		OrderFeedFixtures feed = new OrderFeedFixtures(this.jdbc);
		feed.instance(id("hourly"), "acme", "WordPress One-Click", "ON_DEMAND", "NORMAL", "c1", 30);
		feed.instance(id("daily"), "acme", "WordPress One-Click", "ON_DEMAND_PKG", "NORMAL", "c1", 30);
		feed.instance(id("released"), "acme", "WordPress One-Click", "ON_DEMAND", "RELEASED", "c1", 30);
	}

	@Test
	void pushedTimesShowInTheReadersZoneWithTheValueAsSentKept() throws Exception {
		LedgerFixtures merchant = LedgerFixtures.ownMerchant(this.jdbc, this.run, "时间", "Times");
		// Sent as 20260301T090000Z to 20260301T100000Z, recorded at 20260301T100000Z.
		long id = merchant.record("t-1", "ins-t", merchant.product("Times"), "ACCEPTED", null, "1");

		Document ledger = page("main-" + this.run, "/usage", "en", "Asia/Tokyo");
		Element period = ledger.selectFirst("[data-testid=record-t-1] [data-testid=record-period]");
		assertThat(period.text()).isEqualTo("2026-03-01 18:00:00 – 19:00:00");
		assertThat(period.attr("title")).isEqualTo("20260301T090000Z – 20260301T100000Z");
		String headings = ledger.select("[data-testid=ledger-table] thead th").text();
		assertThat(headings).contains("Serial number", "Period (UTC+09:00)", "Received (UTC+09:00)")
			.doesNotContainIgnoringCase("metering_sn")
			.doesNotContain("(UTC)");
		assertThat(ledger.select("[data-testid=ledger-filters] label").text()).doesNotContain("metering_sn");

		Document record = page("main-" + this.run, "/usage/records/" + id, "zh-CN", "Asia/Tokyo");
		assertThat(record.selectFirst("[data-testid=record-begin]").text()).isEqualTo("2026-03-01 18:00:00");
		assertThat(record.selectFirst("[data-testid=record-end]").text()).isEqualTo("2026-03-01 19:00:00");
		assertThat(record.selectFirst("[data-testid=record-fields]").text()).as("the value as sent, beside the time")
			.contains("20260301T090000Z", "20260301T100000Z")
			.contains("开始时间", "话单序列号");
		// The push API's names stay as hints after the words.
		assertThat(record.select("[data-testid=record-fields] dt").first().text()).isEqualTo("实例 instance_id");
	}

	@Test
	void recordPageSaysWhatToFixInBothLanguages() throws Exception {
		long id = pushAndValidate(record(id("hourly"), minutesAgo(10), minutesAgo(5), "-1", id("fix"), null));

		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			Document page = page("acme-admin", "/usage/records/" + id, locale.toLanguageTag(), "UTC");
			assertThat(page.selectFirst("[data-testid=record-fix]").text())
				.contains(this.messages.getMessage("ledger.fix", null, locale))
				.contains(this.messages.getMessage("usage.fix.003", null, locale));
			assertThat(page.selectFirst("[data-testid=record-code]").text())
				.isEqualTo("003 · " + this.messages.getMessage("usage.code.003", null, locale));
			// Every code's sentence in words, the push API's fields only as hints.
			for (RejectionCode code : RejectionCode.values()) {
				assertThat(this.messages.getMessage("usage.fix." + code.code(), null, locale))
					.as("usage.fix.%s in %s", code.code(), locale)
					.doesNotContainPattern("^[a-z]+_[a-z]")
					.doesNotContainPattern("[A-Z][A-Z_]{3,}");
			}
		}
	}

	@Test
	void duplicateLinksTheAcceptedRecordItRepeats() throws Exception {
		String begin = minutesAgo(10);
		String end = minutesAgo(5);
		long accepted = pushAndValidate(record(id("hourly"), begin, end, "1", id("first"), null));
		// 005: the same metering_sn again, another period.
		long sameSn = pushAndValidate(record(id("hourly"), minutesAgo(4), minutesAgo(3), "1", id("first"), null));
		// 010: the same instance and period under another metering_sn.
		long sameWindow = pushAndValidate(record(id("hourly"), begin, end, "1", id("again"), null));

		for (long duplicate : new long[] { sameSn, sameWindow }) {
			Document page = page("acme-admin", "/usage/records/" + duplicate, "en", "UTC");
			Element clash = page.selectFirst("[data-testid=record-clash]");
			assertThat(clash).as("record %d", duplicate).isNotNull();
			assertThat(clash.selectFirst("a").attr("href")).isEqualTo("/usage/records/" + accepted);
			assertThat(clash.text()).contains(id("first"), "Accepted");
			assertThat(page.selectFirst("[data-testid=record-deadline]")).as("counted already: nothing to push again")
				.isNull();
		}
		assertThat(
				page("acme-admin", "/usage/records/" + accepted, "en", "UTC").selectFirst("[data-testid=record-clash]"))
			.isNull();
		assertThat(statusOf("globex-admin", "/usage/records/" + sameSn)).isEqualTo(404);
	}

	@Test
	void rejectedRecordShowsUntilWhenItCanBePushedAgain() throws Exception {
		LocalDateTime end = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
		LocalDateTime begin = end.minusMinutes(5);
		long hourly = pushAndValidate(
				record(id("hourly"), begin.format(PUSHED), end.format(PUSHED), "-1", id("late-hourly"), null));
		// A package draw-down without its package (008), billed daily.
		long daily = pushAndValidate(
				record(id("daily"), begin.format(PUSHED), end.format(PUSHED), "1", id("late-daily"), null));

		// Hourly: collected at minute 15 of the next hour; daily: at 01:00 the next day.
		LocalDateTime hourEnd = end.minusNanos(1).truncatedTo(ChronoUnit.HOURS);
		assertThat(deadline(hourly, "en", "UTC"))
			.isEqualTo("Push the corrected record by " + hourEnd.plusHours(1).plusMinutes(15).format(MINUTES)
					+ " (UTC): after that, records of this period are refused as too late (007).");
		assertThat(deadline(hourly, "zh-CN", "Asia/Shanghai"))
			.contains(hourEnd.plusHours(9).plusMinutes(15).format(MINUTES) + " (UTC+08:00)");
		LocalDateTime dayEnd = end.minusNanos(1).truncatedTo(ChronoUnit.DAYS);
		assertThat(deadline(daily, "en", "UTC")).contains(dayEnd.plusDays(1).plusHours(1).format(MINUTES) + " (UTC)");

		// Pushed too late (007): the window is shown as closed.
		LocalDateTime old = LocalDateTime.now(ZoneOffset.UTC).minusDays(25).truncatedTo(ChronoUnit.SECONDS);
		long tooOld = pushAndValidate(
				record(id("hourly"), old.minusMinutes(5).format(PUSHED), old.format(PUSHED), "1", id("too-old"), null));
		assertThat(deadline(tooOld, "en", "UTC")).startsWith("The window for this period closed at ")
			.contains(old.minusNanos(1).truncatedTo(ChronoUnit.HOURS).plusHours(1).plusMinutes(15).format(MINUTES));

		// Nothing to push again: a released instance takes no usage.
		long released = pushAndValidate(
				record(id("released"), begin.format(PUSHED), end.format(PUSHED), "1", id("released"), null));
		assertThat(page("acme-admin", "/usage/records/" + released, "en", "UTC")
			.selectFirst("[data-testid=record-deadline]")).isNull();

		// Pushed again and accepted: fixed, no deadline any more.
		pushAndValidate(record(id("hourly"), begin.format(PUSHED), end.format(PUSHED), "1", id("late-hourly"), null));
		Document fixed = page("acme-admin", "/usage/records/" + hourly, "en", "UTC");
		assertThat(fixed.selectFirst("[data-testid=record-deadline]")).isNull();
		assertThat(fixed.selectFirst("[data-testid=record-links]").text()).contains("Accepted");
	}

	private String deadline(long id, String language, String zone) throws Exception {
		Element deadline = page("acme-admin", "/usage/records/" + id, language, zone)
			.selectFirst("[data-testid=record-deadline]");
		assertThat(deadline).as("deadline of record %d", id).isNotNull();
		return deadline.text();
	}

	/** Pushes one record signed with Acme's key, validates, and gives the record's id. */
	private long pushAndValidate(String record) throws Exception {
		SignedPush push = this.acme.sign("{\"usage_records\":[" + record + "]}");
		this.mvc
			.perform(post("/api/v1/isv/usage-data").contentType(MediaType.APPLICATION_JSON)
				.header("access-key", push.accessKey())
				.header("ts", push.ts())
				.header("nonce", push.nonce())
				.header("signature", push.signature())
				.content(push.body()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.error_code").value("MKT.0000"));
		while (this.validator.validateBatch(500) > 0) {
			// judge everything waiting
		}
		return this.jdbc.queryForObject("""
				SELECT r.id FROM usage_ledger r JOIN usage_request q ON q.id = r.request_id
				WHERE q.nonce = ? AND q.key_id = 'acme-demo-key'""", Long.class, push.nonce());
	}

	private Document page(String user, String path, String language, String zone) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(path).header("Accept-Language", language)
				.cookie(new Cookie("portal-tz", zone))
				.with(new TestUsers(this.jdbc).as(user)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private int statusOf(String user, String path) throws Exception {
		return this.mvc.perform(get(path).with(new TestUsers(this.jdbc).as(user)))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private String id(String name) {
		return name + "-" + this.run;
	}

	private static String minutesAgo(int minutes) {
		return LocalDateTime.now(ZoneOffset.UTC).minusMinutes(minutes).format(PUSHED);
	}

	private static String record(String instance, String begin, String end, String value, String sn, String pkg) {
		StringBuilder json = new StringBuilder("{\"instance_id\":\"").append(instance)
			.append("\",\"record_time\":\"")
			.append(end)
			.append("\",\"begin_time\":\"")
			.append(begin)
			.append("\",\"end_time\":\"")
			.append(end)
			.append("\",\"usage_value\":")
			.append(value);
		if (sn != null) {
			json.append(",\"metering_sn\":\"").append(sn).append('"');
		}
		if (pkg != null) {
			json.append(",\"relate_pkg_instance\":\"").append(pkg).append('"');
		}
		return json.append('}').toString();
	}

}

package io.sellercenter.usage;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.OrderFeedFixtures;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.usage.UsagePushClient.SignedPush;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * Every code of the rejection table, and acceptance, end to end: a signed push through
 * the real API with Acme's demo key, validation, then the ledger filtered by the code and
 * the record's page, which must show the record with its code, reason and what to fix.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsageCodeTests {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

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

	OrderFeedFixtures feed;

	@BeforeAll
	void instances() {
		this.feed = new OrderFeedFixtures(this.jdbc);
		this.feed.instance(id("period"), "acme", "WordPress One-Click", "PERIOD", "NORMAL", "c1", 30);
		this.feed.instance(id("released"), "acme", "WordPress One-Click", "ON_DEMAND", "RELEASED", "c1", 30);
		this.feed.instance(id("globex"), "globex", "City Traffic Data", "ON_DEMAND", "NORMAL", "c2", 30);
		// A product of Acme's own that is delisted, so no other test's product changes.
		long acme = this.feed.merchant("acme");
		String delisted = "Delisted " + this.run;
		this.jdbc.update("INSERT INTO product (merchant_id, type, status, public_visible, name_zh, name_en, category,"
				+ " content, listed_at, updated_at) VALUES (?, 'IMAGE', 'DELISTED', 0, ?, ?, 'WEBSITE', '{}',"
				+ " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", acme, "已下架 " + this.run, delisted);
		this.jdbc.update("""
				INSERT INTO product_spec (merchant_id, product_id, position, name_zh, name_en, charging_mode, price,
				                          currency, on_sale, created_at)
				SELECT merchant_id, id, 1, '按量', 'Pay as you go', 'PER_USE', 1.00, 'CNY', 0, UTC_TIMESTAMP(6)
				FROM product WHERE merchant_id = ? AND name_en = ?""", acme, delisted);
		this.feed.instance(id("delisted"), "acme", delisted, "ON_DEMAND", "NORMAL", "c1", 30);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "ACCEPTED", "001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011",
			"012", "013" })
	void pushedRecordReachesTheLedgerWithItsVerdict(String expected) throws Exception {
		String sn = (expected.equals("004")) ? null : this.run + "-" + expected;
		String ok = id("ok-" + expected);
		this.feed.instance(ok, "acme", "WordPress One-Click", "ON_DEMAND", "NORMAL", "c1", 30);
		String begin = minutesAgo(10);
		String end = minutesAgo(5);
		String record = switch (expected) {
			case "ACCEPTED" -> record(ok, begin, end, "1.5", sn, null);
			case "001" -> record(id("nope"), begin, end, "1", sn, null);
			case "002" -> record(ok, "2026-12-01 10:00", end, "1", sn, null);
			case "003" -> record(ok, begin, end, "-3", sn, null);
			case "004" -> record(ok, begin, end, "1", null, null);
			case "005" -> {
				pushAndValidate(record(ok, begin, end, "1", sn, null));
				yield record(ok, minutesAgo(4), minutesAgo(3), "1", sn, null);
			}
			case "006" -> record(id("delisted"), begin, end, "1", sn, null);
			case "007" -> record(ok, minutesAgo(25 * 24 * 60), minutesAgo(25 * 24 * 60 - 5), "1", sn, null);
			case "008" -> record(ok, begin, end, "1", sn, id("no-package"));
			case "009" -> record(id("globex"), begin, end, "1", sn, null);
			case "010" -> {
				pushAndValidate(record(ok, begin, end, "1", sn + "-first", null));
				yield record(ok, begin, end, "1", sn, null);
			}
			case "011" -> record(ok, end, begin, "1", sn, null);
			case "012" -> record(id("period"), begin, end, "1", sn, null);
			case "013" -> record(id("released"), begin, end, "1", sn, null);
			default -> throw new IllegalArgumentException(expected);
		};
		long id = pushAndValidate(record);

		boolean accepted = expected.equals("ACCEPTED");
		String state = accepted ? "Accepted" : "Rejected";
		Element row = ledgerRow(accepted ? "/usage?state=ACCEPTED&sn=" + sn : "/usage?state=REJECTED&code=" + expected,
				id);
		assertThat(row.text()).contains(state);
		if (accepted) {
			// Shown in the reader's zone; as sent in the title.
			assertThat(row.selectFirst("[data-testid=record-period]").attr("title")).contains(end);
		}
		else {
			assertThat(row.text()).contains(expected);
		}

		Document page = page("/usage/records/" + id);
		assertThat(page.selectFirst("[data-testid=record-state]").text()).isEqualTo(state);
		if (accepted) {
			assertThat(page.selectFirst("[data-testid=record-code]")).isNull();
			assertThat(page.selectFirst("[data-testid=record-fix]")).isNull();
		}
		else {
			assertThat(page.selectFirst("[data-testid=record-code]").text())
				.isEqualTo(expected + " · " + message("usage.code." + expected));
			assertThat(page.selectFirst("[data-testid=record-fix]").text()).contains(message("usage.fix." + expected));
		}
		assertThat(page.selectFirst("[data-testid=record-request]").text()).as("the push it came in")
			.contains("acme-demo-key");
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
		List<Long> ids = this.jdbc.queryForList("""
				SELECT r.id FROM usage_ledger r JOIN usage_request q ON q.id = r.request_id
				WHERE q.nonce = ? AND q.key_id = 'acme-demo-key'""", Long.class, push.nonce());
		assertThat(ids).hasSize(1);
		assertThat(this.jdbc.queryForObject("SELECT state FROM usage_ledger WHERE id = ?", String.class, ids.get(0)))
			.as("validated")
			.isNotEqualTo("RECEIVED");
		return ids.get(0);
	}

	/** The ledger's row of the record, found through its link on the filtered ledger. */
	private Element ledgerRow(String path, long id) throws Exception {
		Element link = page(path).selectFirst("[data-testid=ledger-table] a[href=/usage/records/" + id + "]");
		assertThat(link).as("record " + id + " on " + path).isNotNull();
		return link.closest("tr");
	}

	private Document page(String path) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(path).header("Accept-Language", "en").with(new TestUsers(this.jdbc).as("acme-admin")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	private String id(String name) {
		return name + "-" + this.run;
	}

	private static String minutesAgo(int minutes) {
		return LocalDateTime.now(ZoneOffset.UTC).minusMinutes(minutes).format(TIME);
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

package io.sellercenter.usage;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.sellercenter.export.ExportResult;
import io.sellercenter.export.ExportStatus;
import io.sellercenter.product.Viewer;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.PortalTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The usage record export read back with a CSV parser: exactly the ledger filter's
 * records, in the reader's language, quoted and protected against formulas as the order
 * export is; a sub-user's only of granted products, another merchant's never; each export
 * in the usage export history.
 */
@PortalTest
class UsageExportTests {

	private static final String BOM = "\uFEFF";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void exportHasExactlyTheFilteredRecordsInTheReadersLanguage() throws Exception {
		LedgerFixtures acme = LedgerFixtures.of(this.jdbc, "acme");
		long wordpress = acme.product("WordPress One-Click");
		acme.record(this.run + "-bad-1", "ins-" + this.run, wordpress, "REJECTED", "003", "-1");
		acme.record(this.run + "-bad-2", "ins-" + this.run, wordpress, "REJECTED", "003", "0");
		acme.record(this.run + "-good", "ins-" + this.run, wordpress, "ACCEPTED", null, "1.5");

		MockHttpServletResponse response = export("acme-admin", "/usage/export?state=REJECTED&code=003", null);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("usage-records-")
			.contains(".csv");
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith(BOM);
		List<CSVRecord> rows = parse(text.substring(1));
		assertThat(rows.get(0).values()).containsExactly("话单编号", "metering_sn", "instance_id", "商品", "状态", "错误码", "原因",
				"record_time", "begin_time", "end_time", "usage_value", "relate_pkg_instance", "接收时间 (UTC)",
				"校验时间 (UTC)", "汇总截止时间 (UTC)", "计费时间 (UTC)", "重新上报自话单");
		assertThat(rows.stream().skip(1).map((r) -> Long.valueOf(r.get(0))).toList())
			.as("every record of the filter, newest first")
			.containsExactlyElementsOf(this.jdbc.queryForList("""
					SELECT r.id FROM usage_ledger r JOIN merchant m ON m.id = r.merchant_id WHERE m.domain_id = 'acme'
					AND r.state = 'REJECTED' AND r.code = '003' ORDER BY r.id DESC""", Long.class));
		CSVRecord bad = row(rows, this.run + "-bad-2");
		assertThat(bad.get(3)).isEqualTo("WordPress 一键部署");
		assertThat(bad.get(4)).isEqualTo("已拒绝");
		assertThat(bad.get(5)).isEqualTo("003");
		assertThat(bad.get(6)).isEqualTo("用量值异常");
		assertThat(bad.get(10)).isEqualTo("0");
		assertThat(row(rows, this.run + "-bad-1").get(10)).as("a value starting with -").isEqualTo("'-1");

		String english = export("acme-admin", "/usage/export?sn=" + this.run + "-good&bom=false", "en")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).doesNotStartWith(BOM);
		List<CSVRecord> one = parse(english);
		assertThat(one).hasSize(2);
		assertThat(one.get(0).values()).startsWith("Record ID", "metering_sn", "instance_id", "Product", "State");
		assertThat(one.get(1).values()).startsWith(one.get(1).get(0), this.run + "-good", "ins-" + this.run,
				"WordPress One-Click", "Accepted", "", "");
	}

	@Test
	void exportQuotesCommasQuotesAndLineBreaksAndKeepsChineseText() throws Exception {
		LedgerFixtures merchant = LedgerFixtures.ownMerchant(this.jdbc, this.run, "数据\"引号\"商品, 第二版",
				"Quoted \"product\", v2");
		long product = merchant.product("Quoted \"product\", v2");
		merchant.record("上海, \"数智\" 话单", "i-1", product, "ACCEPTED", null, "1");
		merchant.record("line\nbreak", "crlf\r\nin it", product, "REJECTED", "001", "2");

		List<CSVRecord> rows = parse(
				export("main-" + this.run, "/usage/export", null).getContentAsString(StandardCharsets.UTF_8)
					.substring(1));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1).get(1)).isEqualTo("line\nbreak");
		assertThat(rows.get(1).get(2)).isEqualTo("crlf\r\nin it");
		assertThat(rows.get(1).get(3)).isEqualTo("数据\"引号\"商品, 第二版");
		assertThat(rows.get(1).get(6)).isEqualTo("实例不存在");
		assertThat(rows.get(2).get(1)).isEqualTo("上海, \"数智\" 话单");
	}

	@Test
	void exportPrefixesEveryFormulaTrigger() throws Exception {
		LedgerFixtures merchant = LedgerFixtures.ownMerchant(this.jdbc, this.run, "=HYPERLINK(\"x\")",
				"=HYPERLINK(\"x\")");
		long product = merchant.product("=HYPERLINK(\"x\")");
		Map<String, String> triggers = new LinkedHashMap<>();
		triggers.put("EQ", "=SUM(A1)");
		triggers.put("PLUS", "+1+1");
		triggers.put("MINUS", "-2+3");
		triggers.put("AT", "@cmd");
		triggers.put("TAB", "\tTabbed");
		triggers.put("CR", "\rReturn");
		triggers.put("NUL", "\0Nul");
		triggers.put("SAFE", "Safe 'name'");
		for (Map.Entry<String, String> trigger : triggers.entrySet()) {
			merchant.record(trigger.getValue(), trigger.getKey(), product, "REJECTED", "003", trigger.getValue());
		}
		List<CSVRecord> rows = parse(
				export("main-" + this.run, "/usage/export", "en").getContentAsString(StandardCharsets.UTF_8)
					.substring(1));
		assertThat(rows).hasSize(triggers.size() + 1);
		for (CSVRecord row : rows.subList(1, rows.size())) {
			String value = triggers.get(row.get(2));
			String expected = value.equals("Safe 'name'") ? value : "'" + value;
			assertThat(row.get(1)).as("metering_sn of " + row.get(2)).isEqualTo(expected);
			assertThat(row.get(10)).as("usage_value of " + row.get(2)).isEqualTo(expected);
			assertThat(row.get(3)).as("product name").isEqualTo("'=HYPERLINK(\"x\")");
		}
	}

	@Test
	void subUsersExportHoldsOnlyGrantedProducts() throws Exception {
		// acme-ops has the usage menu and a grant of WordPress One-Click only.
		LedgerFixtures acme = LedgerFixtures.of(this.jdbc, "acme");
		long wordpress = acme.product("WordPress One-Click");
		acme.record(this.run + "-granted", "ins-wp", wordpress, "ACCEPTED", null, "1");
		acme.record(this.run + "-footfall", "ins-ff", acme.product("Retail Footfall Dataset"), "ACCEPTED", null, "1");
		acme.record(this.run + "-unknown", "ins-none", null, "REJECTED", "001", "1");

		List<CSVRecord> rows = parse(
				export("acme-ops", "/usage/export", "en").getContentAsString(StandardCharsets.UTF_8).substring(1));
		assertThat(rows).hasSize(1
				+ this.jdbc.queryForObject("SELECT COUNT(*) FROM usage_ledger WHERE merchant_id = ? AND product_id = ?",
						Integer.class, acme.merchantId, wordpress));
		assertThat(rows.subList(1, rows.size()))
			.allSatisfy((row) -> assertThat(row.get(3)).isEqualTo("WordPress One-Click"));
		assertThat(rows.stream().map((r) -> r.get(1))).contains(this.run + "-granted")
			.doesNotContain(this.run + "-footfall", this.run + "-unknown");
		assertThat(
				this.mvc.perform(post("/usage/export").with(csrf()).with(new TestUsers(this.jdbc).as("acme-support")))
					.andReturn()
					.getResponse()
					.getStatus())
			.as("no usage menu")
			.isEqualTo(403);
	}

	@Test
	void anotherMerchantsExportHoldsNothingOfAcme() throws Exception {
		LedgerFixtures acme = LedgerFixtures.of(this.jdbc, "acme");
		acme.record(this.run + "-acme", "ins-acme", acme.product("WordPress One-Click"), "REJECTED", "003", "1");
		LedgerFixtures globex = LedgerFixtures.of(this.jdbc, "globex");
		globex.record(this.run + "-globex", "ins-globex", globex.product("City Traffic Data"), "REJECTED", "003", "1");

		for (String query : List.of("", "?sn=" + this.run + "-acme", "?instance=ins-acme",
				"?state=REJECTED&code=003")) {
			List<CSVRecord> rows = parse(
					export("globex-admin", "/usage/export" + query, "en").getContentAsString(StandardCharsets.UTF_8)
						.substring(1));
			assertThat(rows.stream().skip(1).map((r) -> Long.valueOf(r.get(0))).toList()).as(query)
				.isSubsetOf(this.jdbc.queryForList("SELECT id FROM usage_ledger WHERE merchant_id = ?", Long.class,
						globex.merchantId))
				.doesNotContain(this.jdbc.queryForObject("SELECT id FROM usage_ledger WHERE metering_sn = ?",
						Long.class, this.run + "-acme"));
		}
	}

	@Test
	void exportsAreRecordedInTheUsageHistory() throws Exception {
		LedgerFixtures merchant = LedgerFixtures.ownMerchant(this.jdbc, this.run, "历史", "History");
		long product = merchant.product("History");
		merchant.record("h-1", "ins-h", product, "REJECTED", "011", "1");
		merchant.record("h-2", "ins-h", product, "REJECTED", "011", "1");
		merchant.record("h-3", "ins-h", product, "ACCEPTED", null, "1");
		export("main-" + this.run, "/usage/export?state=REJECTED&instance=ins-h&from=2026-01-01", null);

		Map<String, Object> record = this.jdbc.queryForMap("SELECT kind, user_name, filter, status, rows_written,"
				+ " finished_at FROM order_export WHERE merchant_id = ?", merchant.merchantId);
		assertThat(record).containsEntry("kind", "USAGE")
			.containsEntry("user_name", "main-" + this.run)
			.containsEntry("filter", "state=REJECTED&instance=ins-h&from=2026-01-01")
			.containsEntry("status", "FINISHED")
			.containsEntry("rows_written", 2L);
		assertThat(record.get("finished_at")).isNotNull();
		Document history = page("main-" + this.run, "/usage/export-history");
		assertThat(history.selectFirst("[data-testid=export-table]").text()).contains("main-" + this.run)
			.contains("State: Rejected · Instance: ins-h · Received: from Jan 1, 2026")
			.contains("Finished");
		assertThat(history.selectFirst("[data-testid=export-table] a").attr("href"))
			.isEqualTo("/usage?state=REJECTED&instance=ins-h&from=2026-01-01");
		assertThat(page("main-" + this.run, "/orders/export-history").selectFirst("[data-testid=export-table]").text())
			.as("order exports are another history")
			.doesNotContain("ins-h");
		assertThat(page("acme-admin", "/usage/export-history").text()).doesNotContain("main-" + this.run);
	}

	@Test
	void exportHistoryShowsEachFilterInWordsInTheReadersLanguage() throws Exception {
		LedgerFixtures merchant = LedgerFixtures.ownMerchant(this.jdbc, this.run, "筛选商品", "Filtered product");
		long product = merchant.product("Filtered product");
		merchant.record("w-1", "ins-w", product, "REJECTED", "003", "-1");
		export("main-" + this.run,
				"/usage/export?state=REJECTED&code=003&product=" + product + "&sn=w-1&from=2026-01-01&to=2026-01-31",
				null);
		export("main-" + this.run, "/usage/export?product=999999999&to=2026-02-01", null);

		List<String> zh = page("main-" + this.run, "/usage/export-history", "zh-CN")
			.select("[data-testid=export-filter]")
			.eachText();
		assertThat(zh).containsExactly("商品：999999999 · 接收日期：截至 2026年2月1日",
				"状态：已拒绝 · 错误码：003 用量值异常 · 商品：筛选商品 · 话单序列号：w-1 · 接收日期：2026年1月1日 至 2026年1月31日");
		List<String> en = page("main-" + this.run, "/usage/export-history", "en").select("[data-testid=export-filter]")
			.eachText();
		assertThat(en.get(1)).isEqualTo("State: Rejected · Code: 003 Usage value abnormal · Product: Filtered product"
				+ " · Serial number: w-1 · Received: Jan 1, 2026 – Jan 31, 2026");
	}

	@Test
	void ledgerExportsItsFilterWithAPostForm() throws Exception {
		Document ledger = page("acme-admin", "/usage?state=REJECTED&code=003&sn=");
		Element form = ledger.selectFirst("[data-testid=export-form]");
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("action")).isEqualTo("/usage/export");
		assertThat(form.select("input[type=hidden]").eachAttr("name")).containsExactlyInAnyOrder("state", "code",
				"_csrf");
		assertThat(form.selectFirst("input[name=state]").val()).isEqualTo("REJECTED");
		assertThat(form.selectFirst("input[name=code]").val()).isEqualTo("003");
		assertThat(form.selectFirst("[data-testid=export-no-bom]").attr("name")).isEqualTo("bom");
		assertThat(page("acme-admin", "/usage").select("[data-testid=export-form] input[type=hidden]").eachAttr("name"))
			.containsExactly("_csrf");
		assertThat(status("acme-admin", "/usage/export")).as("a GET another site could send").isEqualTo(405);
	}

	@Autowired
	UsageExports exports;

	@Test
	void exportStopsWhenItsReaderGoesAway() {
		LedgerFixtures merchant = LedgerFixtures.ownMerchant(this.jdbc, this.run, "中断", "Cut off");
		for (int i = 0; i < 50; i++) {
			merchant.record("c-" + i, "ins-c", null, "RECEIVED", null, "1");
		}
		CurrentUser user = new TestUsers(this.jdbc).current("main-" + this.run);
		Viewer viewer = new Viewer(new MerchantId(merchant.merchantId), null, LocalDateTime.now());
		List<ExportedUsage> written = new ArrayList<>();
		ExportResult result = this.exports.export(user, viewer, "",
				new UsageFilter(null, null, null, null, null, null, null), (row) -> {
					if (written.size() == 10) {
						throw new IOException("Broken pipe");
					}
					written.add(row);
					return 1;
				});
		assertThat(result.status()).isEqualTo(ExportStatus.CLIENT_ABORTED);
		assertThat(result.rows()).isEqualTo(10);
		assertThat(written.get(0).meteringSn()).isEqualTo("c-49");
		assertThat(this.jdbc.queryForMap("SELECT kind, status FROM order_export WHERE id = ?", result.id()))
			.containsEntry("kind", "USAGE")
			.containsEntry("status", "CLIENT_ABORTED");
	}

	private static CSVRecord row(List<CSVRecord> rows, String sn) {
		return rows.stream().filter((r) -> r.get(1).equals(sn)).findFirst().orElseThrow();
	}

	/**
	 * The ledger's export form sent: a POST with the CSRF token, the filter (given here
	 * as a query string) in its fields.
	 */
	private MockHttpServletResponse export(String user, String path, String language) throws Exception {
		UriComponents uri = UriComponentsBuilder.fromUriString(path).build();
		var request = post(uri.getPath()).with(csrf()).with(new TestUsers(this.jdbc).as(user));
		uri.getQueryParams()
			.forEach((name, values) -> values
				.forEach((value) -> request.param(name, UriUtils.decode(value, StandardCharsets.UTF_8))));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response;
	}

	private Document page(String user, String path) throws Exception {
		return page(user, path, "en");
	}

	private Document page(String user, String path, String language) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(path).header("Accept-Language", language).with(new TestUsers(this.jdbc).as(user)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private int status(String user, String path) throws Exception {
		return this.mvc.perform(get(path).with(new TestUsers(this.jdbc).as(user)))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private static List<CSVRecord> parse(String text) throws IOException {
		return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
	}

}

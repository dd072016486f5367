package io.sellercenter.order;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.sellercenter.shared.PageRequest;
import io.sellercenter.security.TestUsers;
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
 * The order list, its filters, the details page, and the CSV export read back with a CSV
 * parser, for main accounts and sub-users.
 */
@PortalTest
class OrderPagesTests {

	private static final String BOM = "\uFEFF";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listShowsTheMerchantsOrdersNewestFirstWithACount() throws Exception {
		Document page = page("acme-admin", "/orders");
		List<String> ids = orderIds(page);
		assertThat(ids).hasSize(PageRequest.SIZE).containsExactlyElementsOf(acmeOrderIds("DESC"));
		assertThat(page.selectFirst("[data-testid=order-count]").text()).contains(String.valueOf(acmeOrders("")));

		assertThat(orderIds(page("acme-admin", "/orders?sort=created"))).containsExactlyElementsOf(acmeOrderIds(""));
	}

	private List<String> acmeOrderIds(String direction) {
		return this.jdbc.queryForList("SELECT o.order_id FROM orders o JOIN merchant m ON m.id = o.merchant_id"
				+ " WHERE m.domain_id = 'acme' ORDER BY o.created_at " + direction + ", o.id " + direction + " LIMIT "
				+ PageRequest.SIZE, String.class);
	}

	@Test
	void everyFilterNarrowsTheListAsTheDatabaseSays() throws Exception {
		assertFiltered("status=COMPLETED&type=RENEW", "o.status = 'COMPLETED' AND o.order_type = 'RENEW'");
		assertFiltered("mode=ON_DEMAND_PKG", "EXISTS (SELECT 1 FROM order_line l WHERE l.order_ref = o.id"
				+ " AND l.charging_mode = 'ON_DEMAND_PKG')");
		assertFiltered("customer=Fabrikam", "o.customer_name LIKE 'Fabrikam%'");
		assertFiltered("customer=北京", "o.customer_name LIKE '北京%'");
		assertFiltered("account=north", "o.customer_account_name LIKE 'north%'");
		assertFiltered("product=footfall", "EXISTS (SELECT 1 FROM order_line l JOIN product p ON p.id = l.product_id"
				+ " WHERE l.order_ref = o.id AND p.name_en = 'Retail Footfall Dataset')");
		assertFiltered("orderId=CSACME000007", "o.order_id = 'CSACME000007'");
		assertFiltered("customer=%", "o.customer_name LIKE '\\\\%%'");
		assertFiltered("account=_", "o.customer_account_name LIKE '\\\\_%'");
		LocalDateTime created = this.jdbc
			.queryForObject("SELECT created_at FROM orders WHERE order_id = 'CSACME000100'", LocalDateTime.class);
		String day = created.toLocalDate().toString();
		assertFiltered("from=" + day + "&to=" + day,
				"o.created_at >= '" + day + "' AND o.created_at < '" + created.toLocalDate().plusDays(1) + "'");
		assertFiltered("status=NOT_A_STATUS", "1 = 1");
	}

	@Test
	void pagesKeepTheFiltersInTheirLinks() throws Exception {
		Document page = page("acme-admin", "/orders?status=COMPLETED");
		Element next = page.select("[data-testid=pager] a").last();
		assertThat(next.attr("href")).contains("status=COMPLETED").contains("page=2");
		Element export = page.selectFirst("[data-testid=export-form]");
		assertThat(export.attr("method")).isEqualTo("post");
		assertThat(export.attr("action")).isEqualTo("/orders/export");
		assertThat(export.select("input[type=hidden]").eachAttr("name")).as("the filter and the CSRF token")
			.containsExactlyInAnyOrder("status", "_csrf");
		assertThat(export.selectFirst("input[name=status]").val()).isEqualTo("COMPLETED");
		assertThat(export.selectFirst("[data-testid=export-no-bom]").attr("name")).isEqualTo("bom");
		assertThat(export.selectFirst("[data-testid=export-no-bom]").val()).isEqualTo("false");
		assertThat(page("acme-admin", "/orders?customer=北京&from=2026-01-01&sort=created")
			.select("[data-testid=export-form] input[type=hidden]:not([name=_csrf])")
			.eachAttr("value")).containsExactly("北京", "2026-01-01", "created");
		assertThat(page.selectFirst("[data-testid=sort-created]").attr("href")).contains("status=COMPLETED")
			.contains("sort=created");
	}

	@Test
	void detailsShowLinesCustomerInstancesAndHistory() throws Exception {
		String orderId = this.jdbc.queryForObject("""
				SELECT o.order_id FROM orders o JOIN order_instance i ON i.order_ref = o.id
				WHERE o.order_id LIKE 'CSACME%' AND i.status = 'FROZEN' AND o.status = 'COMPLETED'
				ORDER BY o.id LIMIT 1""", String.class);
		Document page = page("acme-admin", "/orders/" + orderId);
		assertThat(page.selectFirst("[data-testid=order-title]").text()).contains(orderId);
		assertThat(page.select("[data-testid=line-table] tbody tr")).hasSize(1);
		assertThat(page.selectFirst("[data-testid=instance-table]").text()).contains("ins-" + orderId.toLowerCase())
			.contains("Frozen");
		assertThat(page.select("[data-testid=history-table] tbody tr")).hasSize(4);
		assertThat(page.selectFirst("[data-testid=history-table]").text()).contains("Created as Pending payment")
			.contains("Processing → Completed")
			.contains("Normal → Frozen");
		assertThat(status("acme-admin", "/orders/NO-SUCH-ORDER")).isEqualTo(404);
	}

	@Test
	void subUserSeesOnlyOrdersOfGrantedProducts() throws Exception {
		// acme-ops has the orders menu and a grant of WordPress One-Click only.
		long granted = acmeOrders("AND EXISTS (SELECT 1 FROM order_line l JOIN product p ON p.id = l.product_id"
				+ " WHERE l.order_ref = o.id AND p.name_en = 'WordPress One-Click')");
		Document page = page("acme-ops", "/orders");
		assertThat(page.selectFirst("[data-testid=order-count]").text()).contains(String.valueOf(granted));
		assertThat(page.selectFirst("[data-testid=order-table]").text()).contains("WordPress One-Click")
			.doesNotContain("Retail Footfall Dataset");
		String footfall = this.jdbc.queryForObject("""
				SELECT o.order_id FROM orders o JOIN order_line l ON l.order_ref = o.id
				JOIN product p ON p.id = l.product_id WHERE p.name_en = 'Retail Footfall Dataset' LIMIT 1""",
				String.class);
		assertThat(status("acme-ops", "/orders/" + footfall)).isEqualTo(404);
		assertThat(status("acme-admin", "/orders/" + footfall)).isEqualTo(200);
		assertThat(status("acme-support", "/orders")).as("no orders menu").isEqualTo(403);
	}

	@Test
	void exportHasExactlyTheFilteredOrdersInTheReadersLanguage() throws Exception {
		MockHttpServletResponse response = export("acme-admin", "/orders/export?status=COMPLETED&type=RENEW", null);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".csv");
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith(BOM);
		List<CSVRecord> rows = parse(text.substring(1));
		assertThat(rows.get(0).values()).startsWith("订单号", "创建时间 (UTC)", "订单状态", "订单类型", "客户名称");
		List<String> ids = rows.stream().skip(1).map((r) -> r.get(0)).toList();
		assertThat(ids).containsExactlyElementsOf(this.jdbc.queryForList("""
				SELECT o.order_id FROM orders o JOIN merchant m ON m.id = o.merchant_id WHERE m.domain_id = 'acme'
				AND o.status = 'COMPLETED' AND o.order_type = 'RENEW' ORDER BY o.created_at DESC, o.id DESC""",
				String.class));
		assertThat(rows.get(1).get(2)).isEqualTo("已完成");
		assertThat(rows.get(1).get(3)).isEqualTo("续费");

		String english = export("acme-admin", "/orders/export?orderId=CSACME000003&bom=false", "en")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).doesNotStartWith(BOM);
		List<CSVRecord> one = parse(english);
		assertThat(one).hasSize(2);
		assertThat(one.get(0).values()).startsWith("Order ID", "Created (UTC)", "Status", "Order type");
		assertThat(one.get(1).get(0)).isEqualTo("CSACME000003");
	}

	@Test
	void exportQuotesCommasQuotesAndLineBreaksAndKeepsChineseText() throws Exception {
		OrderFixtures merchant = new OrderFixtures(this.jdbc, "数据\"引号\"商品, 第二版", "Quoted \"product\", v2");
		LocalDateTime t = LocalDateTime.of(2026, 1, 10, 8, 0);
		merchant.order("Q-1", "上海, \"数智\" 有限公司", "line\nbreak", t);
		merchant.order("Q-2", "北京云帆科技有限公司", "crlf\r\nin it", t.minusHours(1));

		List<CSVRecord> rows = parse(
				export(merchant.mainUser, "/orders/export", null).getContentAsString(StandardCharsets.UTF_8)
					.substring(1));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1).get(0)).isEqualTo("Q-1");
		assertThat(rows.get(1).get(4)).isEqualTo("上海, \"数智\" 有限公司");
		assertThat(rows.get(1).get(5)).isEqualTo("line\nbreak");
		assertThat(rows.get(1).get(6)).isEqualTo("数据\"引号\"商品, 第二版");
		assertThat(rows.get(1).get(12)).isEqualTo("ins-Q-1");
		assertThat(rows.get(2).get(4)).isEqualTo("北京云帆科技有限公司");
		assertThat(rows.get(2).get(5)).isEqualTo("crlf\r\nin it");
	}

	@Test
	void exportPrefixesEveryFormulaTrigger() throws Exception {
		OrderFixtures merchant = new OrderFixtures(this.jdbc, "=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")");
		Map<String, String> triggers = Map.of("EQ", "=SUM(A1)", "PLUS", "+1+1", "MINUS", "-2+3", "AT", "@cmd", "TAB",
				"\tTabbed", "CR", "\rReturn", "NUL", "\0Nul", "SAFE", "Safe 'name'");
		LocalDateTime t = LocalDateTime.of(2026, 2, 1, 0, 0);
		for (Map.Entry<String, String> trigger : triggers.entrySet()) {
			merchant.order("F-" + trigger.getKey(), trigger.getValue(), trigger.getValue(), t);
		}
		List<CSVRecord> rows = parse(
				export(merchant.mainUser, "/orders/export", "en").getContentAsString(StandardCharsets.UTF_8)
					.substring(1));
		assertThat(rows).hasSize(triggers.size() + 1);
		for (CSVRecord row : rows.subList(1, rows.size())) {
			String value = triggers.get(row.get(0).substring(2));
			String expected = value.equals("Safe 'name'") ? value : "'" + value;
			assertThat(row.get(4)).as("customer name of " + row.get(0)).isEqualTo(expected);
			assertThat(row.get(5)).as("account name of " + row.get(0)).isEqualTo(expected);
			assertThat(row.get(6)).as("product name").isEqualTo("'=HYPERLINK(\"x\")");
		}
	}

	@Test
	void subUsersExportHoldsOnlyGrantedProducts() throws Exception {
		List<CSVRecord> rows = parse(
				export("acme-ops", "/orders/export", "en").getContentAsString(StandardCharsets.UTF_8).substring(1));
		long granted = acmeOrders("AND EXISTS (SELECT 1 FROM order_line l JOIN product p ON p.id = l.product_id"
				+ " WHERE l.order_ref = o.id AND p.name_en = 'WordPress One-Click')");
		assertThat(rows).hasSize((int) granted + 1);
		assertThat(rows.subList(1, rows.size())).allSatisfy((row) -> {
			assertThat(row.get(6).split("; ")).containsOnly("WordPress One-Click");
		});
	}

	@Test
	void exportsAreRecordedInTheHistory() throws Exception {
		OrderFixtures merchant = new OrderFixtures(this.jdbc, "历史", "History");
		merchant.order("H-1", "Contoso Ltd", "contoso", LocalDateTime.of(2026, 3, 1, 0, 0));
		merchant.order("H-2", "Contoso Ltd", "contoso", LocalDateTime.of(2026, 3, 2, 0, 0));
		export(merchant.mainUser, "/orders/export?customer=Contoso&from=2026-01-01", null);

		Map<String, Object> record = this.jdbc
			.queryForMap("SELECT user_name, filter, status, rows_written, finished_at, duration_ms FROM order_export"
					+ " WHERE merchant_id = ?", merchant.merchantId);
		assertThat(record).containsEntry("user_name", merchant.mainUser)
			.containsEntry("filter", "customer=Contoso&from=2026-01-01")
			.containsEntry("status", "FINISHED")
			.containsEntry("rows_written", 2L);
		assertThat(record.get("finished_at")).isNotNull();
		Document history = page(merchant.mainUser, "/orders/export-history");
		assertThat(history.selectFirst("[data-testid=export-table]").text()).contains(merchant.mainUser)
			.contains("Customer name starts with: Contoso · Created: from Jan 1, 2026")
			.contains("Finished");
		assertThat(page("acme-admin", "/orders/export-history").text()).doesNotContain(merchant.mainUser);
	}

	@Test
	void exportHistoryShowsEachFilterInWordsInTheReadersLanguage() throws Exception {
		OrderFixtures merchant = new OrderFixtures(this.jdbc, "筛选", "Filters");
		merchant.order("F-1", "Contoso Ltd", "contoso", LocalDateTime.of(2026, 3, 1, 0, 0));
		export(merchant.mainUser,
				"/orders/export?status=PROCESSING&type=RENEW&mode=ON_DEMAND&from=2026-03-01&to=2026-03-31&sort=created",
				null);

		assertThat(page(merchant.mainUser, "/orders/export-history", "zh-CN").selectFirst("[data-testid=export-filter]")
			.text()).isEqualTo("创建日期：2026年3月1日 至 2026年3月31日 · 订单状态：处理中 · 订单类型：续费 · 计费模式：按需 · 排序：最早的在前");
		assertThat(page(merchant.mainUser, "/orders/export-history", "en").selectFirst("[data-testid=export-filter]")
			.text())
			.isEqualTo("Created: Mar 1, 2026 – Mar 31, 2026 · Order status: Processing · Order type: Renewal"
					+ " · Charging mode: On demand · Sort order: Oldest first");
	}

	@Test
	void exportStartsOnlyWithAPostCarryingTheCsrfToken() throws Exception {
		long before = this.jdbc.queryForObject("SELECT COUNT(*) FROM order_export", Long.class);
		// A GET, which another site could send, asks for the details of an order
		// "export".
		assertThat(status("acme-admin", "/orders/export?status=COMPLETED")).as("a GET").isEqualTo(404);
		assertThat(this.mvc.perform(post("/orders/export").with(new TestUsers(this.jdbc).as("acme-admin")))
			.andReturn()
			.getResponse()
			.getStatus()).as("a POST without the token").isEqualTo(403);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM order_export", Long.class)).as("nothing exported")
			.isEqualTo(before);
	}

	/** The query is given as typed: its values are sent as they are, not URL-decoded. */
	private void assertFiltered(String query, String condition) throws Exception {
		var request = get("/orders").header("Accept-Language", "en").with(new TestUsers(this.jdbc).as("acme-admin"));
		for (String pair : query.split("&")) {
			request.param(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(query).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		long expected = acmeOrders("AND " + condition);
		assertThat(page.selectFirst("[data-testid=order-count]").text()).as(query).isEqualTo(expected + " orders");
		List<String> shown = orderIds(page);
		assertThat(shown).as(query).hasSize((int) Math.min(expected, PageRequest.SIZE));
		assertThat(shown).as(query)
			.containsExactlyElementsOf(this.jdbc.queryForList(
					"SELECT o.order_id FROM orders o JOIN merchant m ON m.id = o.merchant_id WHERE m.domain_id = 'acme' AND "
							+ condition + " ORDER BY o.created_at DESC, o.id DESC LIMIT " + PageRequest.SIZE,
					String.class));
	}

	private long acmeOrders(String condition) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM orders o JOIN merchant m ON m.id = o.merchant_id"
				+ " WHERE m.domain_id = 'acme' " + condition, Long.class);
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

	/**
	 * The list's export form sent: a POST with the CSRF token, the filter (given here as
	 * a query string) in its fields.
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

	private static List<String> orderIds(Document page) {
		return page.select("[data-testid=order-table] [data-testid=order-id]").eachText();
	}

	static List<CSVRecord> parse(String text) throws Exception {
		return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
	}

}

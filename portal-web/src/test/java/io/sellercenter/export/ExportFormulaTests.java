package io.sellercenter.export;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.sellercenter.order.OrderFixtures;
import io.sellercenter.platform.PlatformClient;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.testsupport.SpreadsheetCells;
import io.sellercenter.usage.KeyService;
import io.sellercenter.usage.UsagePushClient;
import io.sellercenter.usage.UsagePushClient.SignedPush;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Values that a spreadsheet would take for formulas, pushed the way they reach the portal
 * (orders and customers through the platform API, usage records through the signed push,
 * product and spec names as the merchant typed them), exported through the order export
 * and the usage export in both languages, and read back: cut into cells by RFC 4180 and
 * naively on semicolons, no cell starts a formula, and every value is still there.
 */
@Tag("attack")
@PortalTest
class ExportFormulaTests {

	/** What the merchant typed or the platform and the merchant's servers sent. */
	static final List<String> HOSTILE = List.of("=1+1", "+1+1", "-1+1", "@SUM(A1)", "＝1+1", "＋1", "－1", "＠SUM(A1)",
			"﹦1", " =1+1", "\t=1+1", " \t＝1", "a;=1+1", "a; -1+1", "x;＠y", ";=HYPERLINK(\"http://x.example\")",
			"\"=1+1\"", "b;\"=1\"", "line\n=1+1", "crlf\r\n@x", "\u3000＝1", "\u200B=1");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KeyService keys;

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void noCellOfEitherExportStartsAFormulaHoweverASpreadsheetSplitsIt() throws Exception {
		OrderFixtures merchant = new OrderFixtures(this.jdbc, "\t=1+1 商品", " ＝SUM(A1);-1");
		this.jdbc.update("UPDATE product_spec SET name_zh = 'a;=1+1', name_en = 'x; ＠y' WHERE id = ?", merchant.specId);
		this.jdbc.update("INSERT INTO product_spec (merchant_id, product_id, position, name_zh, name_en,"
				+ " charging_mode, price, currency, on_sale, created_at) VALUES (?, ?, 2, '－按量', '+per use', 'PER_USE',"
				+ " 1.00, 'CNY', 1, UTC_TIMESTAMP(6))", merchant.merchantId, merchant.productId);
		long perUse = this.jdbc.queryForObject("SELECT MAX(id) FROM product_spec WHERE product_id = ?", Long.class,
				merchant.productId);
		String instance = "ins-" + this.tag + "-od";
		List<String> sent = new ArrayList<>();
		for (String value : HOSTILE) {
			// The platform API strips and refuses control characters in names.
			String name = value.strip();
			if (name.chars().noneMatch((c) -> c < 0x20)) {
				pushOrder(merchant, sent.size(), name, perUse, instance);
				sent.add(name);
			}
		}
		pushUsage(merchant, instance);

		for (Locale language : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			String orders = export(merchant.mainUser, "/orders/export", "", language);
			assertThat(SpreadsheetCells.formulas(orders)).as("order export, " + language).isEmpty();
			assertThat(rows(orders)).hasSize(sent.size() + 1);
			String values = unguarded(orders);
			assertThat(sent).allSatisfy((name) -> assertThat(values).as("customer name kept").contains(name));

			String usage = export(merchant.mainUser, "/usage/export", "instance=" + instance, language);
			assertThat(SpreadsheetCells.formulas(usage)).as("usage export, " + language).isEmpty();
			assertThat(rows(usage)).hasSize(HOSTILE.size() + 1);
			String records = unguarded(usage);
			assertThat(HOSTILE).allSatisfy((value) -> assertThat(records).as("value kept as sent").contains(value));
		}
		assertThat(HOSTILE.stream().filter(SpreadsheetCells::startsFormula)).as("the values would be formulas")
			.hasSizeGreaterThan(10);
	}

	/**
	 * An order of the merchant's product with a monthly line and an on-demand one (whose
	 * instance takes the usage records), the customer named {@code name}.
	 */
	private void pushOrder(OrderFixtures merchant, int n, String name, long perUse, String instance) throws Exception {
		String orderId = "F" + this.tag + "-" + n;
		String body = JsonMapper.builder()
			.build()
			.writeValueAsString(new LinkedHashMap<>(Map.of("event_id", "evt-" + orderId, "order_id", orderId,
					"merchant", merchant.domain, "order_type", "NEW", "status", "PROCESSING", "created_at",
					"2026-03-01T08:00:" + String.format("%02d", n) + "Z", "currency", "CNY", "amount", "10.00",
					"customer", Map.of("id", "c-" + n, "name", name, "account_name", name), "lines",
					List.of(Map.of("order_line_id", orderId + "-1", "product_id", merchant.productId, "spec_id",
							merchant.specId, "charging_mode", "PERIOD", "period_type", "MONTH", "period_number", 1,
							"amount", "9.00", "instances", List.of(Map.of("instance_id", orderId + "-i"))),
							Map.of("order_line_id", orderId + "-2", "product_id", merchant.productId, "spec_id", perUse,
									"charging_mode", "ON_DEMAND", "amount", "1.00", "instances",
									(n == 0) ? List.of(Map.of("instance_id", instance)) : List.of())))));
		MockHttpServletResponse response = this.mvc
			.perform(post("/api/platform/v1/orders").header("Authorization", "Bearer " + PlatformClient.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
	}

	/** One record per value, the value in every field the merchant's server fills in. */
	private void pushUsage(OrderFixtures merchant, String instance) throws Exception {
		String keyId = "ak-" + this.tag;
		String secret = "sk-" + this.tag + "-formulas";
		this.keys.create(new MerchantId(merchant.merchantId), "formulas", keyId, secret,
				Actor.system("test", new MerchantId(merchant.merchantId)));
		List<Map<String, String>> records = new ArrayList<>();
		for (String value : HOSTILE) {
			records.add(Map.of("instance_id", instance, "metering_sn", value, "usage_value", value, "record_time",
					value, "begin_time", value, "end_time", value, "relate_pkg_instance", value));
		}
		String body = JsonMapper.builder().build().writeValueAsString(Map.of("usage_records", records));
		SignedPush push = new UsagePushClient(URI.create("http://localhost"), keyId, secret).sign(body);
		MockHttpServletResponse response = this.mvc
			.perform(post("/api/v1/isv/usage-data").contentType(MediaType.APPLICATION_JSON)
				.header("access-key", push.accessKey())
				.header("ts", push.ts())
				.header("nonce", push.nonce())
				.header("signature", push.signature())
				.content(push.body()))
			.andReturn()
			.getResponse();
		assertThat(response.getContentAsString()).contains("MKT.0000");
	}

	private String export(String user, String path, String filter, Locale language) throws Exception {
		var request = post(path).with(csrf())
			.with(new TestUsers(this.jdbc).as(user))
			.header("Accept-Language", language.toLanguageTag());
		for (String pair : filter.split("&")) {
			if (!pair.isEmpty()) {
				request.param(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
			}
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> rows(String csv) throws Exception {
		return CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
	}

	/** Every cell of the file with the apostrophes the export put in taken out again. */
	private static String unguarded(String csv) throws Exception {
		StringBuilder cells = new StringBuilder();
		for (CSVRecord row : rows(csv)) {
			for (String cell : row.values()) {
				cells.append(cell.replace("'", "")).append('\u0001');
			}
		}
		return cells.toString();
	}

}

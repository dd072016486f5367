package io.sellercenter.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.sellercenter.testsupport.PortalTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform API's answer to bad input, word for word: every field's message, in the
 * order of the fields, for values of the wrong kind, out of range, missing or malformed,
 * at every level of an order (a client may match on them).
 */
@Tag("attack")
@PortalTest
class PlatformFieldErrorsTests {

	@Autowired
	MockMvc mvc;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<String> mismatches = new ArrayList<>();

	@Test
	void bodiesThatAreNotObjectsOrLackAnEventId() throws Exception {
		String notObject = "[{\"field\":\"\",\"message\":\"the body must be a JSON object\"}]";
		expect("/orders", "[]", notObject);
		expect("/orders", "5", notObject);
		expect("/orders", "\"x\"", notObject);
		expect("/orders", "null", notObject);
		expect("/orders", "{}", "[{\"field\":\"event_id\",\"message\":\"is required\"}]");
		expect("/orders", "{\"event_id\": null}", "[{\"field\":\"event_id\",\"message\":\"is required\"}]");
		String badId = "[{\"field\":\"event_id\",\"message\":\"must be a string of 1 to 64 letters, digits, '.', '_', ':' or '-'\"}]";
		expect("/orders", "{\"event_id\": 5}", badId);
		expect("/orders", "{\"event_id\": \"\"}", badId);
		expect("/orders", "{\"event_id\": \"a b\"}", badId);
		expect("/orders", "{\"event_id\": \"" + "e".repeat(65) + "\"}", badId);
		expect("/orders", "{\"event_id\": [\"e1\"]}", badId);
		expect("/instances/i-1/freeze", "{\"event_id\": {}}", badId);
		assertThat(this.mismatches).isEmpty();
	}

	@Test
	void everyFieldOfAnOrderWithTheWrongKindOfValue() throws Exception {
		expect("/orders", """
				{"event_id": "%s", "order_id": 5, "merchant": true, "order_type": 0, "status": "processing",
				 "created_at": 1767225600, "paid_at": "2026-01-01T08:00:00", "currency": 156, "amount": true,
				 "customer": "c1", "lines": {"order_line_id": "l1"}}""",
				"""
						[{"field":"order_id","message":"must be a string of 1 to 64 letters, digits, '.', '_', ':' or '-'"},\
						{"field":"merchant","message":"must be a string of 1 to 64 letters, digits, '.', '_', ':' or '-'"},\
						{"field":"order_type","message":"must be one of [NEW, TRIAL, TRIAL_TO_FORMAL, UNSUBSCRIBE, RENEW, CHANGE]"},\
						{"field":"status","message":"must be one of [PENDING_PAYMENT, PROCESSING, CANCELLED, COMPLETED]"},\
						{"field":"created_at","message":"must be an ISO-8601 time with an offset, e.g. 2026-01-31T08:00:00Z"},\
						{"field":"paid_at","message":"must be an ISO-8601 time with an offset, e.g. 2026-01-31T08:00:00Z"},\
						{"field":"currency","message":"must be an ISO 4217 code such as CNY"},\
						{"field":"amount","message":"must be an amount of at least 0 with at most two decimals"},\
						{"field":"customer","message":"must be an object"},\
						{"field":"lines","message":"must be an array of 1 to 100 items"}]""");
		expect("/orders", """
				{"event_id": "%s", "customer": [1], "lines": []}""", """
				[{"field":"order_id","message":"is required"},{"field":"merchant","message":"is required"},\
				{"field":"order_type","message":"is required"},{"field":"status","message":"is required"},\
				{"field":"created_at","message":"is required"},{"field":"currency","message":"is required"},\
				{"field":"amount","message":"is required"},{"field":"customer","message":"must be an object"},\
				{"field":"lines","message":"must be an array of 1 to 100 items"}]""");
		assertThat(this.mismatches).isEmpty();
	}

	@Test
	void valuesOutOfRangeOrMalformed() throws Exception {
		expect("/orders", order("""
				"order_id": "", "currency": "cny", "amount": "-0.01", "created_at": "2026-02-30T08:00:00Z",
				"paid_at": null, "customer": {"id": "c 1", "name": "   ", "account_name": "a\\u0001b"}"""), """
				[{"field":"order_id","message":"must be a string of 1 to 64 letters, digits, '.', '_', ':' or '-'"},\
				{"field":"created_at","message":"must be an ISO-8601 time with an offset, e.g. 2026-01-31T08:00:00Z"},\
				{"field":"currency","message":"must be an ISO 4217 code such as CNY"},\
				{"field":"amount","message":"must be an amount of at least 0 with at most two decimals"},\
				{"field":"customer.id","message":"must be a string of 1 to 64 letters, digits, '.', '_', ':' or '-'"},\
				{"field":"customer.name","message":"must be a non-empty string"},\
				{"field":"customer.account_name","message":"must not contain control characters"}]""");
		expect("/orders", order("""
				"amount": "1e400", "customer": {"name": "%s", "account_name": ["x"]}""".formatted("n".repeat(201))), """
				[{"field":"amount","message":"must be an amount of at least 0 with at most two decimals"},\
				{"field":"customer.id","message":"is required"},\
				{"field":"customer.name","message":"must be at most 200 characters"},\
				{"field":"customer.account_name","message":"must be a non-empty string"}]""");
		// A name's surrounding white space, a tab included, is dropped before it is
		// checked.
		expect("/orders", order("""
				"amount": " 1", "customer": {"id": "c1", "name": "%s\\t", "account_name": "%s"}"""
			.formatted("n".repeat(199), "a".repeat(100) + "\\u0001")), """
					[{"field":"amount","message":"must be an amount of at least 0 with at most two decimals"},\
					{"field":"customer.account_name","message":"must be at most 100 characters"}]""");
		assertThat(this.mismatches).isEmpty();
	}

	@Test
	void linesAndInstancesOfEveryShape() throws Exception {
		expect("/orders", order("""
				"lines": [1, null, "x", [], {}, {"order_line_id": "l6", "product_id": "7", "spec_id": 1.0,
				 "charging_mode": "PERIOD", "period_type": "WEEK", "period_number": 0, "expire_time": "soon",
				 "amount": "1.234", "instances": "i1"},
				 {"order_line_id": "l7", "product_id": 99999999999999999999, "spec_id": -3, "charging_mode": null,
				  "period_number": 1201, "amount": 1.5000, "instances": ["x", null, 5, [], {}, {"instance_id": 5},
				  {"instance_id": "ok-1"}]},
				 {"order_line_id": "l8", "product_id": 1, "spec_id": 1, "charging_mode": "ON_DEMAND",
				  "period_number": "3", "amount": 0, "instances": {"instance_id": "i"}}]"""),
				"""
						[{"field":"lines[0]","message":"must be an object"},{"field":"lines[1]","message":"must be an object"},\
						{"field":"lines[2]","message":"must be an object"},{"field":"lines[3]","message":"must be an object"},\
						{"field":"lines[4].order_line_id","message":"is required"},\
						{"field":"lines[4].product_id","message":"is required"},\
						{"field":"lines[4].spec_id","message":"is required"},\
						{"field":"lines[4].charging_mode","message":"is required"},\
						{"field":"lines[4].amount","message":"is required"},\
						{"field":"lines[5].product_id","message":"must be a whole number of at least 1"},\
						{"field":"lines[5].spec_id","message":"must be a whole number of at least 1"},\
						{"field":"lines[5].period_type","message":"must be one of [MONTH, YEAR, DAY]"},\
						{"field":"lines[5].period_number","message":"must be a whole number of at least 1"},\
						{"field":"lines[5].expire_time","message":"must be an ISO-8601 time with an offset, e.g. 2026-01-31T08:00:00Z"},\
						{"field":"lines[5].amount","message":"must be an amount of at least 0 with at most two decimals"},\
						{"field":"lines[5].instances","message":"must be an array of 0 to 1000 items"},\
						{"field":"lines[6].product_id","message":"must be a whole number of at least 1"},\
						{"field":"lines[6].spec_id","message":"must be a whole number of at least 1"},\
						{"field":"lines[6].charging_mode","message":"is required"},\
						{"field":"lines[6].period_number","message":"must be at most 1200"},\
						{"field":"lines[6].instances[0].instance_id","message":"is required"},\
						{"field":"lines[6].instances[1].instance_id","message":"is required"},\
						{"field":"lines[6].instances[2].instance_id","message":"is required"},\
						{"field":"lines[6].instances[3].instance_id","message":"is required"},\
						{"field":"lines[6].instances[4].instance_id","message":"is required"},\
						{"field":"lines[6].instances[5].instance_id","message":"must be a string of 1 to 64 letters, digits, '.', '_', ':' or '-'"},\
						{"field":"lines[7].period_number","message":"must be a whole number of at least 1"},\
						{"field":"lines[7].instances","message":"must be an array of 0 to 1000 items"}]""");
		assertThat(this.mismatches).isEmpty();
	}

	@Test
	void countsOfLinesAndInstances() throws Exception {
		String line = """
				{"order_line_id": "l%d", "product_id": 1, "spec_id": 1, "charging_mode": "ON_DEMAND", "amount": 0,
				 "instances": [%s]}""";
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			lines.add(line.formatted(i, "{\"instance_id\": 5}"));
		}
		expect("/orders", order("\"lines\": [" + String.join(",", lines) + "]"),
				"[{\"field\":\"lines\",\"message\":\"must be an array of 1 to 100 items\"}]");
		String many = String.join(",", Collections.nCopies(600, "{\"instance_id\": \"i\"}"));
		String bad = String.join(",", Collections.nCopies(1001, "{\"instance_id\": \"i\"}"));
		expect("/orders",
				order("\"lines\": [" + line.formatted(1, many) + "," + line.formatted(2, many) + ","
						+ line.formatted(3, bad) + "," + line.formatted(4, "{\"instance_id\": 5}") + "]"),
				"""
						[{"field":"lines[2].instances","message":"must be an array of 0 to 1000 items"},\
						{"field":"lines[3].instances[0].instance_id","message":"must be a string of 1 to 64 letters, digits, '.', '_', ':' or '-'"},\
						{"field":"lines","message":"an order carries at most 1000 instances"}]""");
		expect("/orders", order("\"lines\": [" + line.formatted(1, many) + "," + line.formatted(2, bad) + "]"), """
				[{"field":"lines[1].instances","message":"must be an array of 0 to 1000 items"}]""");
		assertThat(this.mismatches).isEmpty();
	}

	/**
	 * 40,000 malformed instance ids, about as many as a body within the API's bounds
	 * holds: each gets its message, and the time stays far from what work growing with
	 * the square of the messages would take (minutes).
	 */
	@Test
	void aBodyFullOfBadInstancesIsAnsweredInTime() throws Exception {
		String instances = String.join(",", Collections.nCopies(400, "{\"instance_id\":5}"));
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			lines.add("""
					{"order_line_id": "l%d", "product_id": 1, "spec_id": 1, "charging_mode": "ON_DEMAND", "amount": 0,
					 "instances": [%s]}""".formatted(i, instances));
		}
		long start = System.nanoTime();
		MockHttpServletResponse response = post("/orders", order("\"lines\": [" + String.join(",", lines) + "]"));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(JSON.readTree(response.getContentAsString()).path("errors").size()).isEqualTo(40_000);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
	}

	@Test
	void statusAndInstanceChanges() throws Exception {
		expect("/orders/bad!id/status", "{\"event_id\": \"%s\"}", """
				[{"field":"order_id","message":"is not a valid id"},{"field":"status","message":"is required"}]""");
		expect("/orders/o-1/status",
				"{\"event_id\": \"%s\", \"status\": \"DONE\", \"changed_at\": 5, \"paid_at\": \"x\"}",
				"""
						[{"field":"status","message":"must be one of [PENDING_PAYMENT, PROCESSING, CANCELLED, COMPLETED]"},\
						{"field":"changed_at","message":"must be an ISO-8601 time with an offset, e.g. 2026-01-31T08:00:00Z"},\
						{"field":"paid_at","message":"must be an ISO-8601 time with an offset, e.g. 2026-01-31T08:00:00Z"}]""");
		expect("/instances/" + "i".repeat(65) + "/release", "{\"event_id\": \"%s\", \"changed_at\": []}",
				"""
						[{"field":"instance_id","message":"is not a valid id"},\
						{"field":"changed_at","message":"must be an ISO-8601 time with an offset, e.g. 2026-01-31T08:00:00Z"}]""");
		expect("/instances/i-1/unfreeze", "{\"event_id\": \"%s\", \"changed_at\": \"2026-01-31 08:00:00Z\"}",
				"""
						[{"field":"changed_at","message":"must be an ISO-8601 time with an offset, e.g. 2026-01-31T08:00:00Z"}]""");
		assertThat(this.mismatches).isEmpty();
	}

	private MockHttpServletResponse post(String path, String body) throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.post("/api/platform/v1" + path)
				.header("Authorization", "Bearer " + PlatformClient.token())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("%s", "FE" + UUID.randomUUID().toString().substring(0, 8))))
			.andReturn()
			.getResponse();
	}

	/** The errors of an answer as "field: message" lines, in their order. */
	private static String fieldsAndMessages(String answer) {
		StringBuilder lines = new StringBuilder();
		for (JsonNode error : JSON.readTree(answer).path("errors")) {
			lines.append('\n')
				.append(error.path("field").asString())
				.append(": ")
				.append(error.path("message").asString());
		}
		return lines.toString();
	}

	/** An otherwise valid order (of unknown ids) with these fields replaced. */
	private static String order(String fields) {
		return """
				{"event_id": "%s", "order_id": "o-1", "merchant": "acme", "order_type": "NEW", "status": "PROCESSING",
				 "created_at": "2026-01-01T08:00:00Z", "currency": "CNY", "amount": 1,
				 "customer": {"id": "c1", "name": "Customer", "account_name": "customer"},
				 "lines": [{"order_line_id": "l1", "product_id": 1, "spec_id": 1, "charging_mode": "ON_DEMAND",
				            "amount": 0}],
				 %s}""".formatted("%s", fields);
	}

	/**
	 * Posts the body (its {@code %s} a fresh event id) and notes where the errors differ
	 * from those expected.
	 */
	private void expect(String path, String body, String errors) throws Exception {
		String json = body.contains("%s") ? body.replace("%s", "FE" + UUID.randomUUID().toString().substring(0, 8))
				: body;
		MockHttpServletResponse response = post(path, json);
		String actual = response.getStatus() + " " + fieldsAndMessages(response.getContentAsString());
		String expected = "400 " + fieldsAndMessages("{\"errors\":" + errors + "}");
		if (!actual.equals(expected)) {
			this.mismatches.add("\n" + path + " " + json + "\n  expected " + expected + "\n  actual   " + actual);
		}
	}

}

package io.sellercenter.platform;

import java.util.Base64;
import java.util.UUID;

import io.sellercenter.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Supervised deliveries through the platform API with real tokens: a paid order of Acme's
 * data-file product makes a task per line; the customer's requirement against the task's
 * step, idempotency, field messages with nothing stored, the customer's view and its
 * documents, and the order held PROCESSING while the task is open.
 */
@PortalTest
class PlatformSupervisionApiTests {

	/** A 1x1 PNG. */
	private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void requirementMovesTheTaskToConfirmingAndIsIdempotent() throws Exception {
		String orderId = order();
		String taskId = orderId + "-1";
		assertThat(step(taskId)).isEqualTo("AWAITING_REQUIREMENT");
		long before = entries(taskId);
		String body = requirement(id(), "");
		String first = call(post(events(taskId)), body).andExpect(status().isOk())
			.andExpect(jsonPath("$.task_id").value(taskId))
			.andExpect(jsonPath("$.order_id").value(orderId))
			.andExpect(jsonPath("$.step").value("CONFIRMING_REQUIREMENT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = call(post(events(taskId)), body.replace("\n", " ")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).isEqualTo(first);
		assertThat(entries(taskId)).isEqualTo(before + 1);
		assertThat(step(taskId)).isEqualTo("CONFIRMING_REQUIREMENT");
		assertThat(this.jdbc.queryForMap(
				"SELECT company_name, contact_name, contact_email FROM supervision_task WHERE task_no = ?", taskId))
			.containsEntry("company_name", "北京云帆科技有限公司")
			.containsEntry("contact_name", "Li Wei")
			.containsEntry("contact_email", "li.wei@yunfan.example");

		call(post(events(taskId)), body.replace("We need the March data", "Other text"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("event_id"));
		call(post(events(taskId)), requirement(id(), "")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		assertThat(entries(taskId)).isEqualTo(before + 1);
	}

	@Test
	void missingFieldsGetAMessageEachAndStoreNothing() throws Exception {
		String taskId = order() + "-1";
		long before = entries(taskId);
		long events = count("platform_event");
		call(post(events(taskId)), "{\"event_id\": \"" + id() + "\", \"type\": \"REQUIREMENT_SUBMITTED\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("text", "company_name", "contact")));
		call(post(events(taskId)),
				"""
						{"event_id": "%s", "type": "REQUIREMENT_SUBMITTED", "text": "%s", "company_name": "%s",
						 "contact": {"name": " ", "email": "not-an-email"}}""".formatted(id(), "t".repeat(5001),
						"c".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(hasItems("text", "company_name", "contact.name", "contact.email")));
		call(post(events(taskId)),
				"{\"event_id\": \"" + id() + "\", \"type\": \"REQUIREMENT_SUBMITTED\", "
						+ "\"text\": \"x\", \"company_name\": \"c\", \"contact\": {\"name\": \"n\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contact"))
			.andExpect(jsonPath("$.errors[0].message").value("needs a phone or an email"));
		call(post(events(taskId)), "{\"event_id\": \"" + id() + "\", \"type\": \"DELIVERY_REJECTED\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
		call(post(events(taskId)),
				"{\"event_id\": \"" + id() + "\", \"type\": \"UNSUBSCRIBE_REQUESTED\", \"text\": \"" + "r".repeat(2001)
						+ "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
		call(post(events(taskId)), "{\"event_id\": \"" + id() + "\", \"type\": \"FINISHED\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		assertThat(entries(taskId)).isEqualTo(before);
		assertThat(step(taskId)).isEqualTo("AWAITING_REQUIREMENT");
		assertThat(count("platform_event")).isEqualTo(events);
	}

	@Test
	void renamedExecutableIsRefusedAndNothingIsStored() throws Exception {
		String taskId = order() + "-1";
		long before = entries(taskId);
		long files = count("stored_file");
		byte[] exe = new byte[64];
		exe[0] = 'M';
		exe[1] = 'Z';
		String body = requirement(id(),
				", \"attachments\": [{\"name\": \"scope.png\", \"content_base64\": \"" + PNG
						+ "\"}, {\"name\": \"scope.pdf\", \"content_base64\": \""
						+ Base64.getEncoder().encodeToString(exe) + "\"}]");
		call(post(events(taskId)), body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("attachments[1].content_base64")))
			.andExpect(jsonPath("$.errors[*].field").value(not(hasItem("attachments[0].content_base64"))));
		assertThat(entries(taskId)).isEqualTo(before);
		assertThat(count("stored_file")).isEqualTo(files);
		assertThat(step(taskId)).isEqualTo("AWAITING_REQUIREMENT");
	}

	@Test
	void unknownTaskIs404AndAcceptingBeforeDeliveryIs409() throws Exception {
		call(post(events("PT-unknown-" + id())), requirement(id(), "")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.errors[0].field").value("task_id"));
		call(get("/api/platform/v1/supervision/PT-unknown-" + id()), null).andExpect(status().isNotFound());
		call(post(events("bad!id")), requirement(id(), "")).andExpect(status().isBadRequest());
		String taskId = order() + "-1";
		long before = entries(taskId);
		call(post(events(taskId)), "{\"event_id\": \"" + id() + "\", \"type\": \"DELIVERY_ACCEPTED\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		call(post(events(taskId)),
				"{\"event_id\": \"" + id() + "\", \"type\": \"DELIVERY_REJECTED\", \"text\": \"Wrong month\"}")
			.andExpect(status().isConflict());
		assertThat(entries(taskId)).isEqualTo(before);
	}

	@Test
	void viewShowsTheCustomerTimelineWithItsDocumentsAndHidesInternalEntries() throws Exception {
		String orderId = order();
		String taskId = orderId + "-1";
		call(post(events(taskId)),
				requirement(id(),
						", \"attachments\": [{\"name\": \"scope.png\", \"content_base64\": \"" + PNG + "\"}]"))
			.andExpect(status().isOk());
		this.jdbc.update("""
				INSERT INTO supervision_entry (merchant_id, task_ref, kind, actor_name, detail, created_at)
				SELECT merchant_id, id, 'HANDED_OVER', 'portal', 'GRANT_REVOKED', UTC_TIMESTAMP(6)
				FROM supervision_task WHERE task_no = ?""", taskId);
		String shown = call(get("/api/platform/v1/supervision/" + taskId), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.task_id").value(taskId))
			.andExpect(jsonPath("$.order_id").value(orderId))
			.andExpect(jsonPath("$.product_name_en").value("Retail Footfall Dataset"))
			.andExpect(jsonPath("$.step").value("CONFIRMING_REQUIREMENT"))
			.andExpect(jsonPath("$.rejections").value(0))
			.andExpect(jsonPath("$.entries[*].kind").value(hasItems("CREATED", "REQUIREMENT_SUBMITTED")))
			.andExpect(jsonPath("$.entries[*].kind").value(not(hasItem("HANDED_OVER"))))
			.andExpect(jsonPath("$.entries[1].documents[0].name").value("scope.png"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).doesNotContain("GRANT_REVOKED");
		long fileId = this.jdbc.queryForObject("""
				SELECT a.file_id FROM supervision_attachment a JOIN supervision_entry e ON e.id = a.entry_ref
				JOIN supervision_task t ON t.id = e.task_ref WHERE t.task_no = ?""", Long.class, taskId);
		call(get("/api/platform/v1/supervision/" + taskId + "/files/" + fileId), null).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		String other = order() + "-1";
		call(get("/api/platform/v1/supervision/" + other + "/files/" + fileId), null).andExpect(status().isNotFound());
		call(get("/api/platform/v1/supervision/" + taskId + "/files/x"), null).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/platform/v1/supervision/" + taskId)).andExpect(status().isUnauthorized());
	}

	@Test
	void orderStaysProcessingAndCannotCompleteWhileTheTaskIsOpen() throws Exception {
		String orderId = order();
		assertThat(this.jdbc.queryForObject("SELECT status FROM orders WHERE order_id = ?", String.class, orderId))
			.isEqualTo("PROCESSING");
		call(post("/api/platform/v1/orders/" + orderId + "/status"), """
				{"event_id": "%s", "status": "COMPLETED", "changed_at": "2026-01-02T10:00:00+08:00"}""".formatted(id()))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("SELECT status FROM orders WHERE order_id = ?", String.class, orderId))
			.isEqualTo("PROCESSING");
	}

	private ResultActions call(MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", "Bearer " + PlatformClient.token());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	private static String events(String taskId) {
		return "/api/platform/v1/supervision/" + taskId + "/events";
	}

	private String requirement(String eventId, String more) {
		return """
				{"event_id": "%s", "type": "REQUIREMENT_SUBMITTED", "occurred_at": "2026-01-02T08:00:00Z",
				 "text": "We need the March data\\nfor our Beijing stores.", "company_name": "北京云帆科技有限公司",
				 "contact": {"name": "Li Wei", "phone": "+86 10 1234 5678", "email": "li.wei@yunfan.example"}%s}"""
			.formatted(eventId, more);
	}

	/** A paid NEW order of Acme's data-file product, one line; its id. */
	private String order() throws Exception {
		String orderId = id();
		call(post("/api/platform/v1/orders"),
				"""
						{
						  "event_id": "%s", "order_id": "%s", "merchant": "acme", "order_type": "NEW", "status": "PROCESSING",
						  "created_at": "2026-01-01T08:00:00Z", "paid_at": "2026-01-01T08:05:00Z", "currency": "CNY",
						  "amount": 999.00,
						  "customer": {"id": "c-yunfan", "name": "北京云帆科技有限公司", "account_name": "yunfan"},
						  "lines": [
						    {"order_line_id": "%s-1", "product_id": %d, "spec_id": %d, "charging_mode": "PERIOD",
						     "period_type": "MONTH", "period_number": 1, "expire_time": "2026-02-01T08:00:00Z", "amount": "999.00",
						     "instances": []}
						  ]
						}"""
					.formatted(id(), orderId, orderId, productId(), specId()))
			.andExpect(status().isCreated());
		return orderId;
	}

	private long productId() {
		return this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = 'Retail Footfall Dataset'", Long.class);
	}

	private long specId() {
		return this.jdbc.queryForObject("""
				SELECT s.id FROM product_spec s JOIN product p ON p.id = s.product_id
				WHERE p.name_en = 'Retail Footfall Dataset' AND s.name_en = 'Monthly subscription'""", Long.class);
	}

	private String step(String taskId) {
		return this.jdbc.queryForObject("SELECT step FROM supervision_task WHERE task_no = ?", String.class, taskId);
	}

	private long entries(String taskId) {
		return count(
				"supervision_entry e JOIN supervision_task t ON t.id = e.task_ref WHERE t.task_no = '" + taskId + "'");
	}

	private long count(String fromWhere) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Long.class);
	}

	private static String id() {
		return "PT" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
	}

}

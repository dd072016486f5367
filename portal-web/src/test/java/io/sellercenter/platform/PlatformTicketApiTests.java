package io.sellercenter.platform;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import io.sellercenter.product.Viewer;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.ticket.TicketService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tickets through the platform API with real tokens: opening one (routing, files,
 * idempotency, field messages, nothing stored when refused), every customer event against
 * the ticket's state (the merchant's steps taken through {@link TicketService}), and the
 * customer's view of the ticket.
 */
@PortalTest
class PlatformTicketApiTests {

	/** A 1x1 PNG. */
	private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TicketService service;

	@Test
	void ticketOfAProductWithAPrimaryHandlerGoesToThatHandler() throws Exception {
		String ticketId = id();
		call(post("/api/platform/v1/tickets"), ticket(id(), ticketId, "acme", productId("Retail Footfall Dataset")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ticket_id").value(ticketId))
			.andExpect(jsonPath("$.status").value(0))
			.andExpect(jsonPath("$.handler").value("acme-support"))
			.andExpect(jsonPath("$.routed_to").value("PRIMARY_HANDLER"));

		Map<String, Object> row = this.jdbc.queryForMap("""
				SELECT t.status, t.routed_to, t.pending_marker, t.category, t.title, t.customer_name, m.domain_id,
				       u.user_name AS handler, t.due_at
				FROM ticket t JOIN merchant m ON m.id = t.merchant_id JOIN portal_user u ON u.id = t.handler_user_id
				WHERE t.ticket_id = ?""", ticketId);
		assertThat(((Number) row.get("status")).intValue()).isZero();
		assertThat(row).containsEntry("routed_to", "PRIMARY_HANDLER")
			.containsEntry("category", "FAULT")
			.containsEntry("title", "The download link fails")
			.containsEntry("customer_name", "北京云帆科技有限公司")
			.containsEntry("domain_id", "acme")
			.containsEntry("handler", "acme-support");
		assertThat(((Number) row.get("pending_marker")).intValue()).isEqualTo(1);
		assertThat(this.jdbc.queryForList("""
				SELECT e.kind FROM ticket_entry e JOIN ticket t ON t.id = e.ticket_ref WHERE t.ticket_id = ?""",
				String.class, ticketId))
			.containsExactly("OPENED");
		assertThat(this.jdbc.queryForObject("""
				SELECT e.text FROM ticket_entry e JOIN ticket t ON t.id = e.ticket_ref WHERE t.ticket_id = ?""",
				String.class, ticketId))
			.isEqualTo("Since this morning the file will not download.\nPlease help.");
		assertThat(noticesTo("acme-support", ticketId)).isEqualTo(1);
	}

	@Test
	void ticketOfAProductWithoutPrimaryHandlerGoesToTheMainAccount() throws Exception {
		String ticketId = id();
		call(post("/api/platform/v1/tickets"), ticket(id(), ticketId, "acme", productId("WordPress One-Click")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.handler").value("acme-admin"))
			.andExpect(jsonPath("$.routed_to").value("MAIN_ACCOUNT"));
		assertThat(this.jdbc.queryForObject("""
				SELECT u.user_name FROM ticket t JOIN portal_user u ON u.id = t.handler_user_id
				WHERE t.ticket_id = ? AND t.routed_to = 'MAIN_ACCOUNT'""", String.class, ticketId))
			.isEqualTo("acme-admin");
		assertThat(noticesTo("acme-admin", ticketId)).isEqualTo(1);
		assertThat(noticesTo("acme-support", ticketId)).isZero();
	}

	@Test
	void attachmentIsStoredAsATicketFile() throws Exception {
		String ticketId = id();
		String body = ticket(id(), ticketId, "acme", productId("WordPress One-Click")).replace("\"attachments\": []",
				"\"attachments\": [{\"name\": \"screen.png\", \"content_base64\": \"" + PNG + "\"}]");
		call(post("/api/platform/v1/tickets"), body).andExpect(status().isCreated());
		assertThat(this.jdbc.queryForMap("""
				SELECT f.purpose, f.file_name, f.content_type, e.kind
				FROM ticket_attachment a JOIN stored_file f ON f.id = a.file_id
				JOIN ticket_entry e ON e.id = a.entry_ref JOIN ticket t ON t.id = a.ticket_ref
				WHERE t.ticket_id = ?""", ticketId)).containsEntry("purpose", "TICKET_ATTACHMENT")
			.containsEntry("file_name", "screen.png")
			.containsEntry("content_type", "image/png")
			.containsEntry("kind", "OPENED");

		call(get("/api/platform/v1/tickets/" + ticketId), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].attachments[0].name").value("screen.png"))
			.andExpect(jsonPath("$.entries[0].attachments[0].size")
				.value(java.util.Base64.getDecoder().decode(PNG).length));
	}

	@Test
	void attachmentThatIsNotPdfPngOrJpegIsRefusedAndNothingIsStored() throws Exception {
		long files = count("stored_file");
		String eventId = id();
		String ticketId = id();
		String text = java.util.Base64.getEncoder().encodeToString("just some text".getBytes());
		String body = ticket(eventId, ticketId, "acme", productId("WordPress One-Click")).replace("\"attachments\": []",
				"\"attachments\": [{\"name\": \"screen.png\", \"content_base64\": \"" + PNG
						+ "\"}, {\"name\": \"notes.png\", \"content_base64\": \"" + text + "\"}]");
		call(post("/api/platform/v1/tickets"), body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("attachments[1].content_base64")))
			.andExpect(jsonPath("$.errors[*].field").value(not(hasItem("attachments[0].content_base64"))))
			.andExpect(jsonPath("$.errors[0].message").value("must be a PDF, PNG or JPEG file"));
		assertThat(count("ticket WHERE ticket_id = '" + ticketId + "'")).isZero();
		assertThat(count("stored_file")).isEqualTo(files);
		assertThat(count("platform_event WHERE event_id = '" + eventId + "'")).isZero();

		String notBase64 = ticket(id(), ticketId, "acme", productId("WordPress One-Click"))
			.replace("\"attachments\": []", "\"attachments\": [{\"name\": \"x.png\", \"content_base64\": \"***\"}]");
		call(post("/api/platform/v1/tickets"), notBase64).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("attachments[0].content_base64"));
		assertThat(count("stored_file")).isEqualTo(files);
	}

	@Test
	void attachmentOfMoreThan128KibIsRefusedToTheByte() throws Exception {
		long files = count("stored_file");
		byte[] png = java.util.Base64.getDecoder().decode(PNG);
		String ticketId = id();
		String tooBig = ticket(id(), ticketId, "acme", productId("WordPress One-Click")).replace("\"attachments\": []",
				"\"attachments\": [{\"name\": \"big.png\", \"content_base64\": \""
						+ java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(png, 128 * 1024 + 1))
						+ "\"}]");
		call(post("/api/platform/v1/tickets"), tooBig).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("attachments[0].content_base64"))
			.andExpect(jsonPath("$.errors[0].message").value("must be at most 131072 bytes once decoded"));
		assertThat(count("stored_file")).isEqualTo(files);

		String justFits = ticket(id(), ticketId, "acme", productId("WordPress One-Click"))
			.replace("\"attachments\": []", "\"attachments\": [{\"name\": \"big.png\", \"content_base64\": \""
					+ java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(png, 128 * 1024)) + "\"}]");
		call(post("/api/platform/v1/tickets"), justFits).andExpect(status().isCreated());
		String five = ticket(id(), id(), "acme", productId("WordPress One-Click")).replace("\"attachments\": []",
				"\"attachments\": [" + String.join(",",
						java.util.Collections.nCopies(5, "{\"name\": \"big.png\", \"content_base64\": \""
								+ java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(png, 128 * 1024))
								+ "\"}"))
						+ "]");
		// Five of the largest fit the body limit.
		call(post("/api/platform/v1/tickets"), five).andExpect(status().isCreated());
		assertThat(this.jdbc.queryForObject("""
				SELECT f.size_bytes FROM ticket_attachment a JOIN stored_file f ON f.id = a.file_id
				JOIN ticket t ON t.id = a.ticket_ref WHERE t.ticket_id = ?""", Long.class, ticketId))
			.isEqualTo(128 * 1024);
	}

	@Test
	void sameEventTwiceGetsTheFirstAnswerAndAnotherBodyOrAnotherEventIsRefused() throws Exception {
		String eventId = id();
		String ticketId = id();
		String body = ticket(eventId, ticketId, "acme", productId("Retail Footfall Dataset"));
		String first = call(post("/api/platform/v1/tickets"), body).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = call(post("/api/platform/v1/tickets"), body.replace("\n", " ")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).isEqualTo(first);
		assertThat(count("ticket WHERE ticket_id = '" + ticketId + "'")).isEqualTo(1);
		assertThat(count("ticket_entry e JOIN ticket t ON t.id = e.ticket_ref WHERE t.ticket_id = '" + ticketId + "'"))
			.isEqualTo(1);
		assertThat(noticesTo("acme-support", ticketId)).isEqualTo(1);

		call(post("/api/platform/v1/tickets"), body.replace("The download link fails", "Another title"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("event_id"));
		String otherEvent = id();
		call(post("/api/platform/v1/tickets"), ticket(otherEvent, ticketId, "acme", productId("WordPress One-Click")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("ticket_id"));
		assertThat(count("ticket WHERE ticket_id = '" + ticketId + "'")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT title FROM ticket WHERE ticket_id = ?", String.class, ticketId))
			.isEqualTo("The download link fails");
		assertThat(count("platform_event WHERE event_id = '" + otherEvent + "'")).as("a refused event id stays free")
			.isZero();
	}

	@Test
	void invalidTicketGetsAMessagePerFieldAndStoresNothing() throws Exception {
		long[] before = counts();
		String eventId = id();
		String body = """
				{"event_id": "%s", "ticket_id": "bad id!", "merchant": "acme", "product_id": "7",
				 "customer": {"id": "c1", "name": ""}, "title": "%s", "category": "COMPLAINT",
				 "message": "  ", "attachments": [{"name": "a.png"}], "created_at": "yesterday"}""".formatted(eventId,
				"t".repeat(201));
		call(post("/api/platform/v1/tickets"), body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(hasItems("ticket_id", "product_id", "customer.name", "customer.account_name", "title",
						"category", "message", "attachments[0].content_base64", "created_at")))
			.andExpect(jsonPath("$.errors[?(@.field == 'product_id')].message")
				.value(hasItem("must be a whole number of at least 1")))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message")
				.value(hasItem("must be at most 200 characters")))
			.andExpect(jsonPath("$.errors[?(@.field == 'category')].message")
				.value(hasItem("must be one of [PRODUCT_USE, FAULT, BILLING, CONSULTING, OTHER]")));

		call(post("/api/platform/v1/tickets"), "{\"event_id\": \"" + eventId + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("ticket_id", "merchant", "product_id", "customer",
					"title", "category", "message", "created_at")))
			.andExpect(jsonPath("$.errors[*].message").value(everyItem(containsString("required"))));

		String tooLong = ticket(eventId, id(), "acme", productId("WordPress One-Click"))
			.replace("Since this morning the file will not download.\\nPlease help.", "m".repeat(5001))
			.replace("\"attachments\": []",
					"\"attachments\": [" + ("{\"name\": \"a.png\", \"content_base64\": \"" + PNG + "\"},").repeat(5)
							+ "{\"name\": \"a.png\", \"content_base64\": \"" + PNG + "\"}]");
		call(post("/api/platform/v1/tickets"), tooLong).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("message", "attachments")));

		assertThat(counts()).as("ticket, ticket_entry, stored_file, platform_event").isEqualTo(before);
	}

	@Test
	void productOfAnotherMerchantOrAnUnknownMerchantIsRefused() throws Exception {
		long[] before = counts();
		call(post("/api/platform/v1/tickets"), ticket(id(), id(), "acme", productId("City Traffic Data")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("product_id"));
		call(post("/api/platform/v1/tickets"), ticket(id(), id(), "acme", 999_999_999L))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("product_id"));
		call(post("/api/platform/v1/tickets"), ticket(id(), id(), "nobody", productId("WordPress One-Click")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("merchant"));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void theCustomerConfirmsAResolutionAfterRefusingOne() throws Exception {
		String ticketId = open("WordPress One-Click");
		// Confirming what was never resolved is not allowed and changes nothing.
		event(ticketId, "CUSTOMER_CONFIRMED", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		assertThat(statusOf(ticketId)).isZero();
		event(ticketId, "CUSTOMER_MESSAGE", "\"message\": \"Any news?\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(0));

		this.service.accept(viewer(), actor(), ticketId);
		assertThat(statusOf(ticketId)).isEqualTo(1);
		long entries = entries(ticketId);
		event(ticketId, "CUSTOMER_CONFIRMED", null).andExpect(status().isConflict());
		event(ticketId, "CUSTOMER_REFUSED", "\"message\": \"No.\"").andExpect(status().isConflict());
		assertThat(statusOf(ticketId)).isEqualTo(1);
		assertThat(entries(ticketId)).as("nothing written").isEqualTo(entries);

		this.service.resolve(viewer(), actor(), ticketId, "A plugin clash", "Disabled the plugin");
		assertThat(statusOf(ticketId)).isEqualTo(2);
		assertThat(pending(ticketId)).isZero();
		event(ticketId, "CUSTOMER_REFUSED", "\"message\": \"Still broken\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(2));
		assertThat(statusOf(ticketId)).isEqualTo(2);
		assertThat(pending(ticketId)).as("the handler has to act").isEqualTo(1);
		assertThat(
				this.jdbc.queryForObject("SELECT refused_at FROM ticket WHERE ticket_id = ?", Object.class, ticketId))
			.isNotNull();
		assertThat(noticeEvents("acme-admin", ticketId)).contains("TICKET_RESOLUTION_REFUSED");
		// Once per resolution.
		event(ticketId, "CUSTOMER_REFUSED", "\"message\": \"Again\"").andExpect(status().isConflict());

		this.service.reopen(viewer(), actor(), ticketId);
		this.service.resolve(viewer(), actor(), ticketId, "A plugin clash", "Removed the plugin");
		event(ticketId, "CUSTOMER_CONFIRMED", "\"message\": \"Works now, thanks\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(3));
		assertThat(this.jdbc.queryForObject("""
				SELECT e.text FROM ticket_entry e JOIN ticket t ON t.id = e.ticket_ref
				WHERE t.ticket_id = ? AND e.kind = 'CUSTOMER_CONFIRMED'""", String.class, ticketId))
			.as("what the customer wrote with the confirmation is kept")
			.isEqualTo("Works now, thanks");
		assertThat(statusOf(ticketId)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("SELECT ended_at FROM ticket WHERE ticket_id = ?", Object.class, ticketId))
			.isNotNull();

		// A completed ticket takes nothing more.
		for (String type : new String[] { "CUSTOMER_MESSAGE", "CUSTOMER_CONFIRMED", "CUSTOMER_CANCELLED" }) {
			event(ticketId, type, type.equals("CUSTOMER_MESSAGE") ? "\"message\": \"hello?\"" : null)
				.andExpect(status().isConflict());
		}
		event(ticketId, "ACCESS_GRANTED", "\"access\": {\"kind\": \"CONSOLE\", \"details\": \"user: root\"}")
			.andExpect(status().isConflict());
		assertThat(statusOf(ticketId)).isEqualTo(3);
	}

	@Test
	void aCustomerMessageResumesAPausedOrWaitingTicket() throws Exception {
		String ticketId = open("WordPress One-Click");
		this.service.accept(viewer(), actor(), ticketId);
		this.service.waitForCustomer(viewer(), actor(), ticketId, "Does it work now?");
		assertThat(statusOf(ticketId)).isEqualTo(17);
		event(ticketId, "CUSTOMER_MESSAGE", "\"message\": \"It does not.\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(1));
		assertThat(pending(ticketId)).isEqualTo(1);

		this.service.requestInfo(viewer(), actor(), ticketId, io.sellercenter.ticket.AccessKind.CONSOLE,
				"May we look at your console?");
		assertThat(statusOf(ticketId)).isEqualTo(5);
		String eventId = id();
		String body = """
				{"event_id": "%s", "type": "CUSTOMER_MESSAGE", "message": "Here is a screenshot",
				 "attachments": [{"name": "shot.png", "content_base64": "%s"}]}""".formatted(eventId, PNG);
		call(post("/api/platform/v1/tickets/" + ticketId + "/events"), body).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(1));
		assertThat(statusOf(ticketId)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				SELECT f.purpose FROM ticket_attachment a JOIN stored_file f ON f.id = a.file_id
				JOIN ticket_entry e ON e.id = a.entry_ref WHERE e.event_id = ?""", String.class, eventId))
			.isEqualTo("TICKET_ATTACHMENT");
		assertThat(noticeEvents("acme-admin", ticketId)).contains("TICKET_CUSTOMER_REPLIED");

		call(get("/api/platform/v1/tickets/" + ticketId), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[?(@.kind == 'INFO_REQUESTED')].access").value(hasItem("CONSOLE")))
			.andExpect(jsonPath("$.entries[?(@.kind == 'INFO_REQUESTED')].author").value(hasItem("MERCHANT")))
			.andExpect(jsonPath("$.entries[?(@.kind == 'INFO_REQUESTED')].status").value(hasItem(5)))
			.andExpect(
					jsonPath("$.entries[?(@.kind == 'WAITING_FOR_CUSTOMER')].text").value(hasItem("Does it work now?")))
			.andExpect(jsonPath("$.entries[-1].kind").value("CUSTOMER_MESSAGE"))
			.andExpect(jsonPath("$.entries[-1].attachments[0].name").value("shot.png"))
			.andExpect(jsonPath("$.status").value(1))
			.andExpect(jsonPath("$.status_name").value("IN_PROGRESS"));
	}

	@Test
	void eventWithValuesOfTheWrongKindGetsAMessagePerField() throws Exception {
		String ticketId = open("WordPress One-Click");
		long[] before = counts();
		call(post("/api/platform/v1/tickets/" + ticketId + "/events"), """
				{"event_id": "%s", "type": 5, "message": ["hi"], "attachments": {"name": "a"}, "access": "CONSOLE",
				 "occurred_at": "2026-01-02 08:00"}""".formatted(id())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(hasItems("type", "message", "attachments", "access", "occurred_at")));
		call(post("/api/platform/v1/tickets/" + ticketId + "/events"), "{\"event_id\": \"" + id() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value("is required"));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aMessageOnAResolutionAwaitingConfirmationOwesNoAnswer() throws Exception {
		String ticketId = open("WordPress One-Click");
		assertThat(this.jdbc.queryForObject("SELECT due_at FROM ticket WHERE ticket_id = ?", Object.class, ticketId))
			.as("a new ticket is owed an answer")
			.isNotNull();
		this.service.accept(viewer(), actor(), ticketId);
		this.service.resolve(viewer(), actor(), ticketId, "A plugin clash", "Disabled the plugin");
		// The merchant has no step to answer with while the customer is to confirm (no
		// reply on a resolved ticket), so the clock must not run to an overdue notice.
		event(ticketId, "CUSTOMER_MESSAGE", "\"message\": \"Thanks, I will check\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(2));
		event(ticketId, "ACCESS_GRANTED", "\"access\": {\"kind\": \"CONSOLE\", \"details\": \"root / pw\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(2));
		assertThat(this.jdbc.queryForMap("SELECT due_at, owed_since, pending_marker FROM ticket WHERE ticket_id = ?",
				ticketId))
			.containsEntry("due_at", null)
			.containsEntry("owed_since", null);
		assertThat(pending(ticketId)).isZero();

		// A refusal is the merchant's to answer (by reopening): the clock runs.
		event(ticketId, "CUSTOMER_REFUSED", "\"message\": \"Still broken\"").andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("SELECT due_at FROM ticket WHERE ticket_id = ?", Object.class, ticketId))
			.isNotNull();
	}

	@Test
	void accessGrantedWhileWaitingForTheCustomerResumesTheTicket() throws Exception {
		String ticketId = open("WordPress One-Click");
		this.service.accept(viewer(), actor(), ticketId);
		this.service.waitForCustomer(viewer(), actor(), ticketId, "Could you let us into the console?");
		assertThat(statusOf(ticketId)).isEqualTo(17);
		event(ticketId, "ACCESS_GRANTED", "\"access\": {\"kind\": \"CONSOLE\", \"details\": \"root / pw\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(1));
		assertThat(statusOf(ticketId)).isEqualTo(1);
		assertThat(pending(ticketId)).as("the handler's turn, as the clock runs again").isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT due_at FROM ticket WHERE ticket_id = ?", Object.class, ticketId))
			.isNotNull();
	}

	@Test
	void sharedAccessIsSealedWithdrawnAndErasedWhenTheTicketEnds() throws Exception {
		String ticketId = open("WordPress One-Click");
		this.service.accept(viewer(), actor(), ticketId);
		this.service.requestInfo(viewer(), actor(), ticketId, io.sellercenter.ticket.AccessKind.CONFIDENTIAL,
				"Your licence key, please");
		assertThat(statusOf(ticketId)).isEqualTo(5);

		event(ticketId, "ACCESS_GRANTED",
				"\"access\": {\"kind\": \"CONFIDENTIAL\", \"details\": \"licence KEY-1234-SECRET\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(1));
		String sealed = secret(ticketId, "confidential_info");
		assertThat(sealed).isNotNull().doesNotContain("KEY-1234-SECRET").doesNotContain("licence");
		assertThat(this.service.readSecret(viewer(), actor(), ticketId, io.sellercenter.ticket.AccessKind.CONFIDENTIAL))
			.isEqualTo("licence KEY-1234-SECRET");

		event(ticketId, "ACCESS_REVOKED", "\"access\": {\"kind\": \"CONFIDENTIAL\"}").andExpect(status().isOk());
		assertThat(secret(ticketId, "confidential_info")).isNull();

		event(ticketId, "ACCESS_GRANTED", "\"access\": {\"kind\": \"CONSOLE\", \"details\": \"root / hunter2\"}")
			.andExpect(status().isOk());
		event(ticketId, "ACCESS_GRANTED", "\"access\": {\"kind\": \"CONFIDENTIAL\", \"details\": \"again\"}")
			.andExpect(status().isOk());
		assertThat(secret(ticketId, "console_access")).isNotNull().doesNotContain("hunter2");
		assertThat(secret(ticketId, "confidential_info")).isNotNull();

		this.service.resolve(viewer(), actor(), ticketId, "Licence expired", "Renewed it");
		event(ticketId, "CUSTOMER_CONFIRMED", null).andExpect(status().isOk());
		assertThat(secret(ticketId, "console_access")).isNull();
		assertThat(secret(ticketId, "confidential_info")).isNull();
		assertThat(this.jdbc.queryForList("""
				SELECT e.kind FROM ticket_entry e JOIN ticket t ON t.id = e.ticket_ref WHERE t.ticket_id = ?
				ORDER BY e.id DESC LIMIT 2""", String.class, ticketId)).containsExactly("SECRETS_ERASED",
				"CUSTOMER_CONFIRMED");
	}

	@Test
	void cancellingErasesWhatWasShared() throws Exception {
		String ticketId = open("Retail Footfall Dataset");
		event(ticketId, "ACCESS_GRANTED", "\"access\": {\"kind\": \"CONSOLE\", \"details\": \"admin / pw\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(0));
		assertThat(secret(ticketId, "console_access")).isNotNull();
		event(ticketId, "CUSTOMER_CANCELLED", "\"message\": \"Solved it myself\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(4));
		assertThat(statusOf(ticketId)).isEqualTo(4);
		assertThat(secret(ticketId, "console_access")).isNull();
		assertThat(secret(ticketId, "confidential_info")).isNull();
		event(ticketId, "CUSTOMER_MESSAGE", "\"message\": \"one more thing\"").andExpect(status().isConflict());
		event(ticketId, "ACCESS_REVOKED", "\"access\": {\"kind\": \"CONSOLE\"}").andExpect(status().isConflict());
	}

	@Test
	void eventsMissingWhatTheirTypeNeedsOrOfUnknownTicketsAreRefused() throws Exception {
		String ticketId = open("WordPress One-Click");
		long[] before = counts();
		event(ticketId, "CUSTOMER_MESSAGE", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("message"));
		event(ticketId, "CUSTOMER_REFUSED", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("message"));
		event(ticketId, "ACCESS_GRANTED", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("access"));
		event(ticketId, "ACCESS_GRANTED", "\"access\": {\"kind\": \"CONSOLE\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("access.details"));
		event(ticketId, "ACCESS_REVOKED", "\"access\": {\"kind\": \"DOOR\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("access.kind"));
		event(ticketId, "CUSTOMER_CANCELLED", "\"access\": {\"kind\": \"CONSOLE\", \"details\": \"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("access"));
		event(ticketId, "CUSTOMER_CONFIRMED",
				"\"attachments\": [{\"name\": \"a.png\", \"content_base64\": \"" + PNG + "\"}]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("attachments"));
		event(ticketId, "CUSTOMER_SHOUTED", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		event(ticketId, "CUSTOMER_MESSAGE", "\"message\": \"%s\"".formatted("m".repeat(5001)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("message"));
		assertThat(counts()).isEqualTo(before);
		assertThat(statusOf(ticketId)).isZero();

		event("PT-no-such-ticket-" + id(), "CUSTOMER_MESSAGE", "\"message\": \"hello\"")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.errors[0].field").value("ticket_id"));
		call(post("/api/platform/v1/tickets/bad!id/events"),
				"{\"event_id\": \"" + id() + "\", \"type\": \"CUSTOMER_CONFIRMED\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ticket_id"));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void sameCustomerEventTwiceIsRecordedOnce() throws Exception {
		String ticketId = open("WordPress One-Click");
		String body = """
				{"event_id": "%s", "type": "CUSTOMER_MESSAGE", "message": "Once"}""".formatted(id());
		call(post("/api/platform/v1/tickets/" + ticketId + "/events"), body).andExpect(status().isOk());
		call(post("/api/platform/v1/tickets/" + ticketId + "/events"), body).andExpect(status().isOk());
		assertThat(entries(ticketId)).isEqualTo(2);
		String other = open("WordPress One-Click");
		// The same event for another ticket is another request.
		call(post("/api/platform/v1/tickets/" + other + "/events"), body).andExpect(status().isUnprocessableContent());
	}

	@Test
	void theCustomerSeesTheMerchantsRepliesAndResolutionButNotWhoHandledIt() throws Exception {
		String ticketId = open("WordPress One-Click");
		this.service.accept(viewer(), actor(), ticketId);
		this.service.reply(viewer(), actor(), ticketId, "We are looking into it", java.util.List.of());
		long toUser = this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = 'acme-ops'", Long.class);
		this.service.transfer(viewer(), actor(), ticketId, toUser, "Ops knows WordPress");
		handedOver(ticketId);
		this.service.resolve(viewer(), actor(), ticketId, "An outdated plugin", "Updated the plugin");
		event(ticketId, "ACCESS_GRANTED", "\"access\": {\"kind\": \"CONFIDENTIAL\", \"details\": \"do-not-show\"}")
			.andExpect(status().isOk());

		String shown = call(get("/api/platform/v1/tickets/" + ticketId), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.ticket_id").value(ticketId))
			.andExpect(jsonPath("$.product_id").value(productId("WordPress One-Click")))
			.andExpect(jsonPath("$.title").value("The download link fails"))
			.andExpect(jsonPath("$.category").value("FAULT"))
			.andExpect(jsonPath("$.status").value(2))
			.andExpect(jsonPath("$.status_name").value("PENDING_CONFIRMATION"))
			.andExpect(jsonPath("$.created_at").value("2026-01-01T08:00Z"))
			.andExpect(jsonPath("$.entries[*].kind").value(org.hamcrest.Matchers.contains("OPENED", "ACCEPTED",
					"MERCHANT_REPLY", "RESOLVED", "ACCESS_GRANTED")))
			.andExpect(jsonPath("$.entries[0].author").value("CUSTOMER"))
			.andExpect(
					jsonPath("$.entries[0].text").value("Since this morning the file will not download.\nPlease help."))
			.andExpect(jsonPath("$.entries[1].author").value("MERCHANT"))
			.andExpect(jsonPath("$.entries[1].status").value(1))
			.andExpect(jsonPath("$.entries[2].text").value("We are looking into it"))
			.andExpect(jsonPath("$.entries[3].cause").value("An outdated plugin"))
			.andExpect(jsonPath("$.entries[3].solution").value("Updated the plugin"))
			.andExpect(jsonPath("$.entries[3].status").value(2))
			.andExpect(jsonPath("$.entries[4].access").value("CONFIDENTIAL"))
			.andExpect(jsonPath("$.entries[4].author").value("CUSTOMER"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).doesNotContain("Ops knows WordPress")
			.doesNotContain("acme-ops")
			.doesNotContain("do-not-show")
			.doesNotContain("HANDED_OVER")
			.doesNotContain("TRANSFERRED");

		call(get("/api/platform/v1/tickets/PT-unknown-" + id()), null).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.errors[0].field").value("ticket_id"));
		call(get("/api/platform/v1/tickets/" + "t".repeat(65)), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ticket_id"));
		this.mvc.perform(get("/api/platform/v1/tickets/" + ticketId)).andExpect(status().isUnauthorized());
	}

	private ResultActions call(MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", "Bearer " + PlatformClient.token());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	/** A ticket opened through the API; its id. */
	private String open(String product) throws Exception {
		String ticketId = id();
		call(post("/api/platform/v1/tickets"), ticket(id(), ticketId, "acme", productId(product)))
			.andExpect(status().isCreated());
		return ticketId;
	}

	private ResultActions event(String ticketId, String type, String more) throws Exception {
		String body = "{\"event_id\": \"" + id() + "\", \"type\": \"" + type + "\", "
				+ "\"occurred_at\": \"2026-01-02T08:00:00Z\"" + ((more != null) ? ", " + more : "") + "}";
		return call(post("/api/platform/v1/tickets/" + ticketId + "/events"), body);
	}

	private String ticket(String eventId, String ticketId, String merchant, long productId) {
		return """
				{
				  "event_id": "%s", "ticket_id": "%s", "merchant": "%s", "product_id": %d,
				  "order_id": "O-%s", "instance_id": "I-%s",
				  "customer": {"id": "c-yunfan", "name": "北京云帆科技有限公司", "account_name": "yunfan"},
				  "title": "The download link fails", "category": "FAULT",
				  "message": "Since this morning the file will not download.\\nPlease help.",
				  "attachments": [],
				  "created_at": "2026-01-01T16:00:00+08:00"
				}""".formatted(eventId, ticketId, merchant, productId, ticketId, ticketId);
	}

	private Viewer viewer() {
		return Viewer.of(admin(), LocalDateTime.now());
	}

	private Actor actor() {
		return admin().actor("127.0.0.1");
	}

	private CurrentUser admin() {
		return new TestUsers(this.jdbc).current("acme-admin");
	}

	/**
	 * An entry as a hand-over writes it (a grant changed), straight into the timeline.
	 */
	private void handedOver(String ticketId) {
		this.jdbc.update("""
				INSERT INTO ticket_entry (merchant_id, ticket_ref, kind, actor_user_id, actor_name, text, detail,
				                          to_user_id, to_user_name, created_at)
				SELECT t.merchant_id, t.id, 'HANDED_OVER', NULL, 'portal', NULL, 'GRANT_REVOKED', u.id, u.user_name,
				       UTC_TIMESTAMP(6)
				FROM ticket t JOIN portal_user u ON u.user_name = 'acme-admin' WHERE t.ticket_id = ?""", ticketId);
	}

	private int statusOf(String ticketId) {
		return this.jdbc.queryForObject("SELECT status FROM ticket WHERE ticket_id = ?", Integer.class, ticketId);
	}

	private int pending(String ticketId) {
		return this.jdbc.queryForObject("SELECT pending_marker FROM ticket WHERE ticket_id = ?", Integer.class,
				ticketId);
	}

	private String secret(String ticketId, String column) {
		return this.jdbc.queryForObject("SELECT " + column + " FROM ticket WHERE ticket_id = ?", String.class,
				ticketId);
	}

	private long entries(String ticketId) {
		return count("ticket_entry e JOIN ticket t ON t.id = e.ticket_ref WHERE t.ticket_id = '" + ticketId + "'");
	}

	private long noticesTo(String userName, String ticketId) {
		return this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM notification_message n JOIN portal_user u ON u.id = n.user_id
				WHERE u.user_name = ? AND n.event = 'TICKET_ASSIGNED' AND n.link = ?""", Long.class, userName,
				"/tickets/" + ticketId);
	}

	private java.util.List<String> noticeEvents(String userName, String ticketId) {
		return this.jdbc.queryForList("""
				SELECT n.event FROM notification_message n JOIN portal_user u ON u.id = n.user_id
				WHERE u.user_name = ? AND n.link = ?""", String.class, userName, "/tickets/" + ticketId);
	}

	private long[] counts() {
		return new long[] { count("ticket"), count("ticket_entry"), count("stored_file"), count("platform_event") };
	}

	private long productId(String nameEn) {
		return this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = ?", Long.class, nameEn);
	}

	private long count(String fromWhere) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Long.class);
	}

	private static String id() {
		return "PT" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
	}

}

package io.sellercenter.platform;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sellercenter.file.FileKind;
import io.sellercenter.file.FileService;
import io.sellercenter.file.UploadRejected;
import io.sellercenter.order.OrderRejected;
import io.sellercenter.order.OrderRejected.Reason;
import io.sellercenter.order.PlatformEvents;
import io.sellercenter.order.PlatformEvents.Answer;
import io.sellercenter.order.Violation;
import io.sellercenter.ticket.CustomerEvent;
import io.sellercenter.ticket.NewTicket;
import io.sellercenter.ticket.TicketEntry;
import io.sellercenter.ticket.TicketIntake;
import io.sellercenter.ticket.TicketIntake.CustomerView;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tickets as the platform carries them: a customer opens one, then writes, confirms or
 * refuses the resolution, grants or withdraws access, or cancels; and the platform reads
 * a ticket back to show the customer the merchant's side. Idempotent on the event id as
 * the order feed is; a body is checked as a whole (every field's message), its files
 * included, before anything is stored.
 */
@RestController
@RequestMapping(path = "/api/platform/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class PlatformTicketController {

	private final TicketIntake intake;

	private final PlatformEvents events;

	private final CallReader calls;

	private final FileService files;

	PlatformTicketController(TicketIntake intake, PlatformEvents events, CallReader calls, FileService files) {
		this.intake = intake;
		this.events = events;
		this.calls = calls;
		this.files = files;
	}

	@PostMapping(path = "/tickets", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> open(@RequestBody byte[] raw) {
		JsonNode body = PlatformJson.read(raw);
		String eventId = eventId(body);
		String kind = "TICKET_OPENED";
		Answer answer = this.events.handle(eventId, kind, PlatformJson.digest(kind, "", body), () -> {
			List<Violation> violations = new ArrayList<>();
			TicketBody ticket = this.calls.read(body, TicketBody.class, violations);
			checkFiles(ticket.attachments(), violations);
			CallReader.throwIfAny(violations);
			NewTicket sent = ticket.toNewTicket();
			TicketIntake.Opened opened = this.intake.open(sent, eventId);
			return new Answer(201,
					PlatformJson.write(PlatformJson.ordered("event_id", eventId, "ticket_id", opened.ticketId(),
							"status", opened.status().code(), "handler", opened.handler(), "routed_to",
							opened.routedTo().name())),
					opened.merchant());
		});
		return PlatformOrderController.respond(answer);
	}

	@PostMapping(path = "/tickets/{ticketId}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> event(@PathVariable String ticketId, @RequestBody byte[] raw) {
		JsonNode body = PlatformJson.read(raw);
		String eventId = eventId(body);
		String kind = "TICKET_EVENT";
		Answer answer = this.events.handle(eventId, kind, PlatformJson.digest(kind, ticketId, body), () -> {
			List<Violation> violations = pathId(ticketId);
			TicketEventBody event = this.calls.read(body, TicketEventBody.class, violations);
			event.needs(violations);
			checkFiles(event.attachments(), violations);
			CallReader.throwIfAny(violations);
			CustomerEvent customerEvent = event.toEvent();
			TicketIntake.Changed changed = this.intake.customerEvent(ticketId, customerEvent, eventId);
			return new Answer(200, PlatformJson.write(PlatformJson.ordered("event_id", eventId, "ticket_id",
					changed.ticketId(), "status", changed.status().code())), changed.merchant());
		});
		return PlatformOrderController.respond(answer);
	}

	/** The ticket as the customer sees it: what the merchant wrote and decided. */
	@GetMapping("/tickets/{ticketId}")
	ResponseEntity<String> show(@PathVariable String ticketId) {
		CallReader.throwIfAny(pathId(ticketId));
		CustomerView view = this.intake.customerView(ticketId)
			.orElseThrow(() -> new OrderRejected(Reason.NOT_FOUND, "ticket_id", "no such ticket"));
		List<Map<String, Object>> entries = new ArrayList<>();
		for (TicketEntry entry : view.entries()) {
			Map<String, Object> item = PlatformJson.ordered("at", PlatformJson.utc(entry.createdAt()), "kind",
					entry.kind().name(), "author", entry.fromCustomer() ? "CUSTOMER" : "MERCHANT");
			PlatformJson.putIfSet(item, "status", (entry.toStatus() != null) ? entry.toStatus().code() : null);
			PlatformJson.putIfSet(item, "text", entry.text());
			PlatformJson.putIfSet(item, "cause", entry.cause());
			PlatformJson.putIfSet(item, "solution", entry.solution());
			PlatformJson.putIfSet(item, "access",
					(entry.kind().name().startsWith("ACCESS") || entry.kind().name().startsWith("INFO"))
							? entry.detail() : null);
			if (!entry.attachments().isEmpty()) {
				item.put("attachments",
						entry.attachments()
							.stream()
							.map((file) -> PlatformJson.ordered("name", file.name(), "size", file.sizeBytes()))
							.toList());
			}
			entries.add(item);
		}
		var ticket = view.ticket();
		Map<String, Object> body = PlatformJson.ordered("ticket_id", ticket.ticketId(), "product_id",
				ticket.productId(), "title", ticket.title(), "category", ticket.category().name(), "status",
				ticket.status().code(), "status_name", ticket.status().name(), "created_at",
				PlatformJson.utc(ticket.createdAt()), "entries", entries);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(PlatformJson.write(body));
	}

	/** Each file's type, sniffed as every upload is, under its own field. */
	private void checkFiles(List<AttachmentBody> attachments, List<Violation> violations) {
		for (int i = 0; i < attachments.size(); i++) {
			AttachmentBody attachment = attachments.get(i);
			if (attachment == null || Sent.base64(attachment.contentBase64()) == null) {
				continue;
			}
			try {
				this.files.check(FileKind.TICKET_ATTACHMENT, attachment.toUpload());
			}
			catch (UploadRejected ex) {
				violations
					.add(new Violation("attachments[" + i + "].content_base64", "must be a PDF, PNG or JPEG file"));
			}
		}
	}

	private String eventId(JsonNode body) {
		List<Violation> violations = new ArrayList<>();
		EventBody event = this.calls.read(body, EventBody.class, violations);
		CallReader.throwIfAny(violations);
		return Sent.string(event.eventId());
	}

	private static List<Violation> pathId(String ticketId) {
		List<Violation> violations = new ArrayList<>();
		if (!Sent.isId(ticketId)) {
			violations.add(new Violation("ticket_id", "is not a valid id"));
		}
		return violations;
	}

}

package io.sellercenter.platform;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sellercenter.file.FileKind;
import io.sellercenter.file.FileResponses;
import io.sellercenter.file.FileService;
import io.sellercenter.file.StoredFile;
import io.sellercenter.file.UploadRejected;
import io.sellercenter.order.OrderRejected;
import io.sellercenter.order.OrderRejected.Reason;
import io.sellercenter.order.PlatformEvents;
import io.sellercenter.order.PlatformEvents.Answer;
import io.sellercenter.order.Violation;
import io.sellercenter.supervision.SupervisionIntake;
import io.sellercenter.supervision.SupervisionIntake.CustomerView;
import io.sellercenter.supervision.Task;
import io.sellercenter.supervision.TaskEntry;
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
 * Supervised deliveries as the platform carries them: the customer's requirement,
 * acceptance, rejection and unsubscribe request, and the task read back (with its
 * documents) so the marketplace can show the customer what the merchant did. The task id
 * is the order line's id. Idempotent on the event id as the ticket events are; a body is
 * checked as a whole, its files included, before anything is stored.
 */
@RestController
@RequestMapping(path = "/api/platform/v1/supervision", produces = MediaType.APPLICATION_JSON_VALUE)
class PlatformSupervisionController {

	private final SupervisionIntake intake;

	private final PlatformEvents events;

	private final CallReader calls;

	private final FileService files;

	PlatformSupervisionController(SupervisionIntake intake, PlatformEvents events, CallReader calls,
			FileService files) {
		this.intake = intake;
		this.events = events;
		this.calls = calls;
		this.files = files;
	}

	@PostMapping(path = "/{taskId}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> event(@PathVariable String taskId, @RequestBody byte[] raw) {
		JsonNode body = PlatformJson.read(raw);
		String eventId = eventId(body);
		String kind = "SUPERVISION_EVENT";
		Answer answer = this.events.handle(eventId, kind, PlatformJson.digest(kind, taskId, body), () -> {
			List<Violation> violations = pathId(taskId);
			SupervisionEventBody event = this.calls.read(body, SupervisionEventBody.class, violations);
			event.needs(violations);
			checkFiles(event.attachments(), violations);
			CallReader.throwIfAny(violations);
			SupervisionIntake.Changed changed = this.intake.customerStep(taskId, event.toStep(), eventId);
			return new Answer(200, PlatformJson.write(PlatformJson.ordered("event_id", eventId, "task_id",
					changed.taskNo(), "order_id", changed.orderId(), "step", changed.step().name())),
					changed.merchant());
		});
		return PlatformOrderController.respond(answer);
	}

	/** The task as the customer sees it: its step, due time and the visible timeline. */
	@GetMapping("/{taskId}")
	ResponseEntity<String> show(@PathVariable String taskId) {
		CallReader.throwIfAny(pathId(taskId));
		CustomerView view = this.intake.customerView(taskId).orElseThrow(PlatformSupervisionController::unknown);
		List<Map<String, Object>> entries = new ArrayList<>();
		for (TaskEntry entry : view.entries()) {
			Map<String, Object> item = PlatformJson.ordered("at", PlatformJson.utc(entry.createdAt()), "kind",
					entry.kind().name(), "actor", entry.actorName());
			PlatformJson.putIfSet(item, "step", (entry.toStep() != null) ? entry.toStep().name() : null);
			PlatformJson.putIfSet(item, "text", entry.text());
			PlatformJson.putIfSet(item, "service_start_at", PlatformJson.utc(entry.startAt()));
			if (!entry.documents().isEmpty()) {
				item.put("documents",
						entry.documents()
							.stream()
							.map((document) -> PlatformJson.ordered("file_id", document.fileId(), "role",
									document.role().name(), "name", document.fileName(), "size", document.sizeBytes()))
							.toList());
			}
			entries.add(item);
		}
		Task task = view.task();
		Map<String, Object> body = PlatformJson.ordered("task_id", task.taskNo(), "order_id", task.orderId(),
				"product_id", task.productId(), "product_name", task.productNameZh(), "product_name_en",
				task.productNameEn(), "spec_name", task.specNameZh(), "spec_name_en", task.specNameEn(), "step",
				task.step().name(), "frozen", task.frozen(), "due_at", PlatformJson.utc(task.dueAt()), "rejections",
				task.rejections(), "service_start_at", PlatformJson.utc(task.serviceStartAt()), "accepted_at",
				PlatformJson.utc(task.acceptedAt()), "ended_at", PlatformJson.utc(task.endedAt()), "created_at",
				PlatformJson.utc(task.createdAt()), "entries", entries);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(PlatformJson.write(body));
	}

	/**
	 * A document of the task (the acceptance document the customer has to read before
	 * accepting); only files the task's visible entries carry.
	 */
	@GetMapping(path = "/{taskId}/files/{fileId}", produces = MediaType.ALL_VALUE)
	ResponseEntity<byte[]> file(@PathVariable String taskId, @PathVariable String fileId) {
		List<Violation> violations = pathId(taskId);
		if (!fileId.matches("[1-9][0-9]{0,17}")) {
			violations.add(new Violation("file_id", "is not a valid id"));
		}
		CallReader.throwIfAny(violations);
		StoredFile file = this.intake.customerDocument(taskId, Long.parseLong(fileId))
			.orElseThrow(() -> new OrderRejected(Reason.NOT_FOUND, "file_id", "no such document of this task"));
		return FileResponses.attachment(file, this.files.content(file));
	}

	/** Each file's type, sniffed as every upload is, under its own field. */
	private void checkFiles(List<AttachmentBody> documents, List<Violation> violations) {
		for (int i = 0; i < documents.size(); i++) {
			AttachmentBody document = documents.get(i);
			if (document == null || Sent.base64(document.contentBase64()) == null) {
				continue;
			}
			try {
				this.files.check(FileKind.SUPERVISION_DOCUMENT, document.toUpload());
			}
			catch (UploadRejected ex) {
				violations.add(new Violation("attachments[" + i + "].content_base64",
						"must be a file of a type supervision documents take "
								+ FileKind.SUPERVISION_DOCUMENT.allowed().stream().map(Enum::name).sorted().toList()));
			}
		}
	}

	private String eventId(JsonNode body) {
		List<Violation> violations = new ArrayList<>();
		EventBody event = this.calls.read(body, EventBody.class, violations);
		CallReader.throwIfAny(violations);
		return Sent.string(event.eventId());
	}

	private static OrderRejected unknown() {
		return new OrderRejected(Reason.NOT_FOUND, "task_id", "no such supervision task");
	}

	private static List<Violation> pathId(String taskId) {
		List<Violation> violations = new ArrayList<>();
		if (!Sent.isId(taskId)) {
			violations.add(new Violation("task_id", "is not a valid id"));
		}
		return violations;
	}

}

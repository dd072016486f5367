package io.sellercenter.idp.sandbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.function.RenderingResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import io.sellercenter.idp.sandbox.PlatformApi.Contact;
import io.sellercenter.idp.sandbox.PlatformApi.Download;
import io.sellercenter.idp.sandbox.PlatformApi.PlatformApiException;
import io.sellercenter.idp.sandbox.PlatformApi.SupervisionDocument;
import io.sellercenter.idp.sandbox.PlatformApi.SupervisionEvent;
import io.sellercenter.idp.sandbox.PlatformApi.SupervisionTask;

/**
 * The customer's side of a supervised delivery: find a task by its order line id, read
 * its timeline and documents, and submit the requirement, accept or reject the delivery,
 * or ask to unsubscribe, all through the real platform API so the merchant's pages see
 * what the marketplace would send. Documents are fetched through this provider because
 * the browser holds no platform token.
 */
class SupervisionPages {

	private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

	private final PlatformApi api;

	private final Clock clock;

	private final ZoneId zone;

	SupervisionPages(PlatformApi api, Clock clock, ZoneId zone) {
		this.api = api;
		this.clock = clock;
		this.zone = zone;
	}

	/** The lookup form; with {@code ?task=} it goes to that task's page. */
	ServerResponse find(ServerRequest request) {
		String wanted = request.param("task").map(String::strip).orElse("");
		if (TASK_ID.matcher(wanted).matches()) {
			return redirectTo(wanted);
		}
		return RenderingResponse.create("sandbox/supervision")
			.modelAttribute("taskId", wanted)
			.modelAttribute("portalUrl", this.api.portalUrl())
			.modelAttribute("lookupError", wanted.isEmpty() ? null : "An order line id has letters, digits, . _ : -")
			.build();
	}

	ServerResponse task(ServerRequest request) {
		String taskId = taskId(request);
		RenderingResponse.Builder page = RenderingResponse.create("sandbox/supervision")
			.modelAttribute("taskId", taskId)
			.modelAttribute("portalUrl", this.api.portalUrl())
			.modelAttribute("maxAttachments", SandboxPages.MAX_ATTACHMENTS);
		Object notice = SandboxPages.flashed(request);
		if (notice != null) {
			page.modelAttribute("notice", notice);
		}
		try {
			SupervisionTask task = this.api.supervisionTask(taskId);
			page.modelAttribute("task", task)
				.modelAttribute("stepText", Notices.entryKind((task.step() != null) ? task.step() : ""))
				.modelAttribute("dueAt", shown(task.dueAt()))
				.modelAttribute("serviceStartAt", shown(task.serviceStartAt()))
				.modelAttribute("entries",
						task.entries()
							.stream()
							.map((entry) -> new Shown(shown(entry.at()),
									Notices.entryKind((entry.kind() != null) ? entry.kind() : ""), entry))
							.toList());
		}
		catch (PlatformApiException ex) {
			page.modelAttribute("loadError", Notices.refusal(ex, "this task"));
		}
		return page.build();
	}

	ServerResponse event(ServerRequest request) throws IOException, ServletException {
		String taskId = taskId(request);
		String action = request.param("action").orElse("");
		String type = switch (action) {
			case "requirement" -> "REQUIREMENT_SUBMITTED";
			case "accept" -> "DELIVERY_ACCEPTED";
			case "reject" -> "DELIVERY_REJECTED";
			case "unsubscribe" -> "UNSUBSCRIBE_REQUESTED";
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown action");
		};
		String text = param(request, "text");
		List<String> errors = new ArrayList<>();
		boolean requirement = action.equals("requirement");
		if (text == null && !action.equals("accept")) {
			errors.add(requirement ? "Describe the requirement first." : "Give a reason first.");
		}
		List<SupervisionDocument> documents = requirement ? SandboxPages.attachments(request, errors)
			.stream()
			.map((file) -> new SupervisionDocument(file.name(), file.contentBase64()))
			.toList() : List.of();
		if (!errors.isEmpty()) {
			SandboxPages.flash(request, new Notices.Notice(false, "Not sent.", errors));
			return redirectTo(taskId);
		}
		// The portal checks every field and answers each one that is missing or wrong.
		SupervisionEvent event = new SupervisionEvent(UUID.randomUUID().toString(), type, text,
				requirement ? param(request, "companyName") : null,
				requirement ? new Contact(param(request, "contactName"), param(request, "contactPhone"),
						param(request, "contactEmail")) : null,
				documents.isEmpty() ? null : documents,
				this.clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
		try {
			PlatformApi.SupervisionAccepted answer = this.api.send(taskId, event);
			SandboxPages.flash(request, Notices
				.ok("Sent. The task is now " + Notices.entryKind((answer.step() != null) ? answer.step() : "") + "."));
		}
		catch (PlatformApiException ex) {
			SandboxPages.flash(request, Notices.refusal(ex, "\u201c" + Notices.entryKind(type) + "\u201d"));
		}
		return redirectTo(taskId);
	}

	/** A document of the task, passed through as an attachment. */
	ServerResponse file(ServerRequest request) {
		String taskId = taskId(request);
		long fileId;
		try {
			fileId = Long.parseLong(request.pathVariable("fileId"));
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Download download;
		try {
			download = this.api.supervisionFile(taskId, fileId);
		}
		catch (PlatformApiException ex) {
			throw new ResponseStatusException((ex.status() == 404) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_GATEWAY,
					ex.getMessage());
		}
		return ServerResponse.ok()
			.contentType((download.type() != null) ? download.type() : MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(download.disposition() != null) ? download.disposition() : "attachment")
			.header("X-Content-Type-Options", "nosniff")
			.body(download.content());
	}

	private static @Nullable String param(ServerRequest request, String name) {
		String value = request.param(name).map(String::strip).orElse("");
		return value.isEmpty() ? null : value;
	}

	private static String taskId(ServerRequest request) {
		String taskId = request.pathVariable("taskId");
		if (!TASK_ID.matcher(taskId).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return taskId;
	}

	private String shown(@Nullable String at) {
		if (at == null) {
			return "";
		}
		try {
			return SHOWN.format(Instant.parse(at).atZone(this.zone));
		}
		catch (DateTimeParseException ex) {
			return at;
		}
	}

	private static ServerResponse redirectTo(String taskId) {
		return RenderingResponse.create("redirect:/sandbox/supervision/" + taskId).status(HttpStatus.SEE_OTHER).build();
	}

	/** An entry of the timeline with its time and kind in words. */
	record Shown(String at, String kind, PlatformApi.TaskEntry entry) {
	}

}

package io.sellercenter.idp.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.function.RenderingResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;

import io.sellercenter.idp.sandbox.OpenedTickets.Opened;
import io.sellercenter.idp.sandbox.PlatformApi.Access;
import io.sellercenter.idp.sandbox.PlatformApi.Attachment;
import io.sellercenter.idp.sandbox.PlatformApi.Customer;
import io.sellercenter.idp.sandbox.PlatformApi.NewTicket;
import io.sellercenter.idp.sandbox.PlatformApi.PlatformApiException;
import io.sellercenter.idp.sandbox.PlatformApi.Ticket;
import io.sellercenter.idp.sandbox.PlatformApi.TicketEvent;
import io.sellercenter.idp.sandbox.PlatformApi.TicketOpened;

/**
 * Handlers of the sandbox pages. Functional endpoints, like the provider's other pages,
 * so that the portal's component scan finds nothing here.
 */
class SandboxPages {

	static final int MAX_ATTACHMENTS = 5;

	static final long MAX_ATTACHMENT_BYTES = 128 * 1024;

	static final Map<String, String> CATEGORIES = categories();

	private static final Pattern TICKET_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final DateTimeFormatter TICKET_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

	private static final String NOTICE = "sandboxNotice";

	private final PlatformApi api;

	private final List<String> merchants;

	private final OpenedTickets opened;

	private final Clock clock;

	private final ZoneId zone;

	SandboxPages(PlatformApi api, List<String> merchants, OpenedTickets opened, Clock clock, ZoneId zone) {
		this.api = api;
		this.merchants = List.copyOf(merchants);
		this.opened = opened;
		this.clock = clock;
		this.zone = zone;
	}

	ServerResponse tickets(ServerRequest request) {
		String merchant = merchant(request.param("merchant").orElse(null));
		TicketForm form = TicketForm.blank(merchant, request.param("product").orElse(""));
		return ticketsPage(request, form, List.of()).build();
	}

	ServerResponse open(ServerRequest request) throws IOException, ServletException {
		TicketForm form = TicketForm.from(request, merchant(request.param("merchant").orElse(null)));
		List<String> errors = new ArrayList<>(form.errors());
		List<Attachment> attachments = attachments(request, errors);
		if (!errors.isEmpty()) {
			return ticketsPage(request, form, errors).status(HttpStatus.BAD_REQUEST).build();
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String ticketId = "TK" + TICKET_ID_TIME.format(now)
				+ String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
		NewTicket ticket = new NewTicket(UUID.randomUUID().toString(), ticketId, form.merchant(),
				Long.parseLong(form.productId()), blankToNull(form.orderId()), blankToNull(form.instanceId()),
				new Customer(form.customerId(), form.customerName(), form.accountName()), form.title(), form.category(),
				form.message(), attachments.isEmpty() ? null : attachments, now.toString());
		TicketOpened answer;
		try {
			answer = this.api.openTicket(ticket);
		}
		catch (PlatformApiException ex) {
			Notices.Notice refusal = Notices.refusal(ex, "the new ticket");
			errors.add(refusal.text());
			errors.addAll(refusal.details());
			return ticketsPage(request, form, errors).status(HttpStatus.BAD_REQUEST).build();
		}
		this.opened.add(new Opened(answer.ticketId(), form.merchant(), form.productId(), form.title(), now));
		String routed = "MAIN_ACCOUNT".equals(answer.routedTo()) ? "the merchant's main account"
				: "the product's primary handler";
		String handler = StringUtils.hasText(answer.handler()) ? " (" + answer.handler() + ")" : "";
		flash(request, Notices.ok("Ticket " + answer.ticketId() + " opened and sent to " + routed + handler + "."));
		return redirectTo(answer.ticketId());
	}

	ServerResponse ticket(ServerRequest request) {
		String ticketId = ticketId(request);
		RenderingResponse.Builder page = RenderingResponse.create("sandbox/ticket")
			.modelAttribute("ticketId", ticketId)
			.modelAttribute("portalUrl", this.api.portalUrl())
			.modelAttribute("actions", CustomerAction.values())
			.modelAttribute("maxAttachments", MAX_ATTACHMENTS);
		Object notice = flashed(request);
		if (notice != null) {
			page.modelAttribute("notice", notice);
		}
		try {
			Ticket ticket = this.api.ticket(ticketId);
			page.modelAttribute("ticket", ticket)
				.modelAttribute("statusText", Notices.status(ticket.status(), ticket.statusName()))
				.modelAttribute("categoryText", CATEGORIES.getOrDefault(ticket.category(), ticket.category()))
				.modelAttribute("createdAt", shown(ticket.createdAt()))
				.modelAttribute("entries",
						ticket.entries().stream().map((entry) -> ShownEntry.of(entry, shown(entry.at()))).toList());
		}
		catch (PlatformApiException ex) {
			page.modelAttribute("loadError", Notices.refusal(ex, "this ticket"));
		}
		return page.build();
	}

	ServerResponse event(ServerRequest request) throws IOException, ServletException {
		String ticketId = ticketId(request);
		CustomerAction action = CustomerAction.of(request.param("action").orElse(""))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown action"));
		String message = request.param("message").map(String::strip).orElse("");
		String details = request.param("details").map(String::strip).orElse("");
		List<String> errors = new ArrayList<>();
		if (action.needsMessage() && message.isEmpty()) {
			errors.add("Write a message first.");
		}
		if (message.length() > 5000) {
			errors.add("A message has at most 5000 characters.");
		}
		if (action.needsDetails() && details.isEmpty()) {
			errors.add("Describe what you grant (for example the account or where to find the information).");
		}
		if (details.length() > 2000) {
			errors.add("The details have at most 2000 characters.");
		}
		List<Attachment> attachments = action.takesAttachments() ? attachments(request, errors) : List.of();
		if (!errors.isEmpty()) {
			flash(request, new Notices.Notice(false, action.label() + ": not sent.", errors));
			return redirectTo(ticketId);
		}
		Access access = (action.accessKind() != null)
				? new Access(action.accessKind(), action.needsDetails() ? details : null) : null;
		TicketEvent event = new TicketEvent(UUID.randomUUID().toString(), action.eventType(),
				action.needsMessage() ? message : null, attachments.isEmpty() ? null : attachments, access,
				this.clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
		try {
			this.api.send(ticketId, event);
			flash(request, Notices.ok(action.done()));
		}
		catch (PlatformApiException ex) {
			flash(request, Notices.refusal(ex, "\u201c" + action.label() + "\u201d"));
		}
		return redirectTo(ticketId);
	}

	private RenderingResponse.Builder ticketsPage(ServerRequest request, TicketForm form, List<String> errors) {
		RenderingResponse.Builder page = RenderingResponse.create("sandbox/tickets")
			.modelAttribute("merchants", this.merchants)
			.modelAttribute("merchant", form.merchant())
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("categories", CATEGORIES)
			.modelAttribute("maxAttachments", MAX_ATTACHMENTS)
			.modelAttribute("portalUrl", this.api.portalUrl())
			.modelAttribute("opened",
					this.opened.list()
						.stream()
						.map((ticket) -> new ShownOpened(ticket, SHOWN.format(ticket.openedAt().atZone(this.zone))))
						.toList());
		try {
			page.modelAttribute("products", this.api.products(form.merchant()).items());
		}
		catch (PlatformApiException ex) {
			page.modelAttribute("products", List.of())
				.modelAttribute("productsError", Notices.refusal(ex, "the product list"));
		}
		return page;
	}

	static List<Attachment> attachments(ServerRequest request, List<String> errors)
			throws IOException, ServletException {
		String contentType = request.servletRequest().getContentType();
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			return List.of();
		}
		MultiValueMap<String, Part> parts = request.multipartData();
		List<Part> files = parts.getOrDefault("attachments", List.of())
			.stream()
			.filter((part) -> StringUtils.hasText(part.getSubmittedFileName()) && part.getSize() > 0)
			.toList();
		if (files.size() > MAX_ATTACHMENTS) {
			errors.add("At most " + MAX_ATTACHMENTS + " attachments at a time.");
			return List.of();
		}
		List<Attachment> attachments = new ArrayList<>();
		for (Part file : files) {
			String name = StringUtils.getFilename(file.getSubmittedFileName().replace('\\', '/'));
			if (file.getSize() > MAX_ATTACHMENT_BYTES) {
				errors.add(name + " is larger than 128 KiB (what the platform API takes).");
				continue;
			}
			try (InputStream in = file.getInputStream()) {
				attachments.add(new Attachment(name, Base64.getEncoder().encodeToString(in.readAllBytes())));
			}
		}
		return attachments;
	}

	private String merchant(@Nullable String wanted) {
		return (wanted != null && this.merchants.contains(wanted)) ? wanted : this.merchants.get(0);
	}

	private static String ticketId(ServerRequest request) {
		String ticketId = request.pathVariable("ticketId");
		if (!TICKET_ID.matcher(ticketId).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ticketId;
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

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

	static void flash(ServerRequest request, Notices.Notice notice) {
		RequestContextUtils.getOutputFlashMap(request.servletRequest()).put(NOTICE, notice);
	}

	static @Nullable Object flashed(ServerRequest request) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request.servletRequest());
		return (flash != null) ? flash.get(NOTICE) : null;
	}

	/** A redirect view, so that the flash attribute travels with it. */
	private static ServerResponse redirectTo(String ticketId) {
		return RenderingResponse.create("redirect:/sandbox/tickets/" + ticketId).status(HttpStatus.SEE_OTHER).build();
	}

	private static Map<String, String> categories() {
		Map<String, String> categories = new LinkedHashMap<>();
		categories.put("PRODUCT_USE", "Using the product");
		categories.put("FAULT", "Fault");
		categories.put("BILLING", "Billing");
		categories.put("CONSULTING", "Consulting");
		categories.put("OTHER", "Other");
		return Collections.unmodifiableMap(categories);
	}

	record ShownOpened(Opened ticket, String openedAt) {
	}

	/** A conversation entry with its kind and time in words. */
	record ShownEntry(String at, String kind, String who, @Nullable String text, @Nullable String cause,
			@Nullable String solution, List<PlatformApi.AttachmentInfo> attachments, boolean mine) {

		static ShownEntry of(PlatformApi.Entry entry, String at) {
			String kind = (entry.kind() != null) ? entry.kind() : "";
			boolean mine = kind.startsWith("CUSTOMER") || kind.startsWith("ACCESS");
			String who = StringUtils.hasText(entry.author()) ? entry.author() : (mine ? "You" : "Merchant");
			return new ShownEntry(at, Notices.entryKind(kind), who, entry.text(), entry.cause(), entry.solution(),
					entry.attachments(), mine);
		}

	}

}

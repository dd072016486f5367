package io.sellercenter.ticket;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.file.FileResponses;
import io.sellercenter.file.FileService;
import io.sellercenter.file.StoredFile;
import io.sellercenter.file.Upload;
import io.sellercenter.file.UploadRejected;
import io.sellercenter.file.Uploads;
import io.sellercenter.product.Product;
import io.sellercenter.product.ProductService;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 客户工单: the lists and a ticket's page, and the handler's steps. Each step answers with
 * the ticket's page again and a message; a step the rules refuse says why there, and a
 * ticket the user may not see is not found.
 */
@Controller
@RequiresMenu(Menu.TICKETS)
class TicketController {

	/** Files one reply may carry (within the multipart request's size limit). */
	static final int MAX_FILES = 5;

	private final TicketService tickets;

	private final ProductService products;

	private final FileService files;

	private final Clock clock;

	TicketController(TicketService tickets, ProductService products, FileService files, Clock clock) {
		this.tickets = tickets;
		this.products = products;
		this.files = files;
		this.clock = clock;
	}

	@GetMapping("/tickets")
	String list(CurrentUser user, Viewer viewer, TicketQuery query, BindingResult unparsed,
			@RequestParam(required = false) Integer page, Model model) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		TicketPage result = this.tickets.search(viewer, user.userId(), query.toFilter(now), PageRequest.of(page));
		model.addAttribute("page", result.page());
		model.addAttribute("totalCapped", result.capped());
		model.addAttribute("countCap", TicketService.COUNT_CAP);
		model.addAttribute("query", query);
		model.addAttribute("view", query.shownView());
		model.addAttribute("views", TicketView.values());
		model.addAttribute("viewLinks", java.util.Arrays.stream(TicketView.values())
			.collect(java.util.stream.Collectors.toMap(TicketView::name, query::viewLink)));
		model.addAttribute("statuses", TicketStatus.values());
		model.addAttribute("products",
				this.products.products(viewer, null, null, null, new PageRequest(1, 100)).items());
		model.addAttribute("now", now);
		return "tickets/ticketList";
	}

	@GetMapping("/tickets/{ticketId}")
	String show(CurrentUser user, Viewer viewer, @PathVariable String ticketId, Model model) {
		TicketDetails details = this.tickets.details(viewer, user.userId(), ticketId)
			.orElseThrow(NotFoundException::new);
		model.addAttribute("details", details);
		model.addAttribute("ticket", details.ticket());
		model.addAttribute("now", LocalDateTime.now(this.clock));
		model.addAttribute("accessKinds", AccessKind.values());
		model.addAttribute("maxText", TicketService.MAX_TEXT);
		model.addAttribute("maxReason", TicketService.MAX_REASON);
		model.addAttribute("maxFiles", MAX_FILES);
		return "tickets/ticketDetails";
	}

	@GetMapping("/tickets/{ticketId}/files/{fileId}")
	ResponseEntity<byte[]> download(Viewer viewer, @PathVariable String ticketId, @PathVariable long fileId) {
		StoredFile file = this.tickets.attachment(viewer, ticketId, fileId).orElseThrow(NotFoundException::new);
		return FileResponses.attachment(file, this.files.content(file));
	}

	/**
	 * What the customer shared, shown in the page this request answers (audited). Never
	 * redirected: a flash attribute would put the secret in the session store.
	 */
	@PostMapping("/tickets/{ticketId}/secrets/{kind}")
	String readSecret(CurrentUser user, Viewer viewer, Actor actor, @PathVariable String ticketId,
			@PathVariable String kind, Model model, RedirectAttributes redirect) {
		AccessKind accessKind = parse(kind);
		try {
			model.addAttribute("secret",
					new Secret(accessKind, this.tickets.readSecret(viewer, actor, ticketId, accessKind)));
		}
		catch (TicketRejected ex) {
			return step(ticketId, redirect, null, () -> {
				throw ex;
			});
		}
		return show(user, viewer, ticketId, model);
	}

	/**
	 * The address of a shown secret, opened again: the ticket's page, the secret hidden.
	 */
	@GetMapping("/tickets/{ticketId}/secrets/{kind}")
	String secretAgain(CurrentUser user, Viewer viewer, @PathVariable String ticketId, @PathVariable String kind) {
		this.tickets.details(viewer, user.userId(), ticketId).orElseThrow(NotFoundException::new);
		return "redirect:/tickets/" + ticketId;
	}

	@PostMapping("/tickets/{ticketId}/accept")
	String accept(Viewer viewer, Actor actor, @PathVariable String ticketId, RedirectAttributes redirect) {
		return step(ticketId, redirect, "ticket.accepted", () -> this.tickets.accept(viewer, actor, ticketId));
	}

	@PostMapping("/tickets/{ticketId}/reply")
	String reply(Viewer viewer, Actor actor, @PathVariable String ticketId, @RequestParam(required = false) String text,
			@RequestParam(name = "files", required = false) List<MultipartFile> parts, RedirectAttributes redirect) {
		redirect.addFlashAttribute("draft", text);
		return step(ticketId, redirect, "ticket.replied",
				() -> this.tickets.reply(viewer, actor, ticketId, text, uploads(parts)));
	}

	@PostMapping("/tickets/{ticketId}/request-info")
	String requestInfo(Viewer viewer, Actor actor, @PathVariable String ticketId,
			@RequestParam(required = false) AccessKind kind, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		return step(ticketId, redirect, "ticket.infoRequested",
				() -> this.tickets.requestInfo(viewer, actor, ticketId, kind, text));
	}

	@PostMapping("/tickets/{ticketId}/wait")
	String waitForCustomer(Viewer viewer, Actor actor, @PathVariable String ticketId,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return step(ticketId, redirect, "ticket.waiting",
				() -> this.tickets.waitForCustomer(viewer, actor, ticketId, text));
	}

	@PostMapping("/tickets/{ticketId}/transfer")
	String transfer(Viewer viewer, Actor actor, @PathVariable String ticketId,
			@RequestParam(required = false) Long userId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return step(ticketId, redirect, "ticket.transferred",
				() -> this.tickets.transfer(viewer, actor, ticketId, userId, reason));
	}

	@PostMapping("/tickets/{ticketId}/resolve")
	String resolve(Viewer viewer, Actor actor, @PathVariable String ticketId,
			@RequestParam(required = false) String cause, @RequestParam(required = false) String solution,
			RedirectAttributes redirect) {
		return step(ticketId, redirect, "ticket.resolved",
				() -> this.tickets.resolve(viewer, actor, ticketId, cause, solution));
	}

	@PostMapping("/tickets/{ticketId}/reopen")
	String reopen(Viewer viewer, Actor actor, @PathVariable String ticketId, RedirectAttributes redirect) {
		return step(ticketId, redirect, "ticket.reopened", () -> this.tickets.reopen(viewer, actor, ticketId));
	}

	private String step(String ticketId, RedirectAttributes redirect, String done, Runnable step) {
		try {
			step.run();
			if (done != null) {
				redirect.addFlashAttribute("message", done);
				redirect.addFlashAttribute("draft", null);
			}
		}
		catch (TicketRejected ex) {
			if ("notFound".equals(ex.code())) {
				throw new NotFoundException();
			}
			redirect.addFlashAttribute("ticketError", "ticket.error." + ex.code());
		}
		catch (UploadRejected ex) {
			redirect.addFlashAttribute("ticketError", ex.code());
			redirect.addFlashAttribute("ticketErrorArgs", ex.args());
		}
		return "redirect:/tickets/" + ticketId;
	}

	private static List<Upload> uploads(List<MultipartFile> parts) {
		List<Upload> uploads = Uploads.all(parts);
		if (uploads.size() > MAX_FILES) {
			throw new TicketRejected("tooManyFiles");
		}
		return uploads;
	}

	private static AccessKind parse(String kind) {
		for (AccessKind value : AccessKind.values()) {
			if (value.name().equals(kind)) {
				return value;
			}
		}
		throw new NotFoundException();
	}

	/** What the customer shared, as shown to the reader who asked. */
	record Secret(AccessKind kind, String value) {

	}

}

package io.sellercenter.operator;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.file.FileResponses;
import io.sellercenter.file.FileService;
import io.sellercenter.file.StoredFile;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.supervision.AppealCase;
import io.sellercenter.supervision.Decision;
import io.sellercenter.supervision.Step;
import io.sellercenter.supervision.SupervisionAppeals;
import io.sellercenter.supervision.SupervisionRejected;
import io.sellercenter.web.NotFoundException;
import io.sellercenter.web.Requests;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operators' side of supervision (/operator/**, operators only by the security
 * rules): the appeals merchants raised, each with its task's whole story so an operator
 * can decide it once, and the unsubscribe requests merchants refused, which operators
 * watch for abuse. The decision and its audit are the domain's; this only shows and
 * passes on.
 */
@Controller
class AppealController {

	private final SupervisionAppeals appeals;

	private final FileService files;

	private final AuditLog audit;

	private final Clock clock;

	AppealController(SupervisionAppeals appeals, FileService files, AuditLog audit, Clock clock) {
		this.appeals = appeals;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/** Open appeals by due date; {@code decided} shows the ones already decided. */
	@GetMapping("/operator/appeals")
	String queue(@RequestParam(required = false, defaultValue = "false") boolean decided,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", this.appeals.queue(!decided, PageRequest.of(page)));
		model.addAttribute("decided", decided);
		model.addAttribute("now", LocalDateTime.now(this.clock));
		return "operator/appealQueue";
	}

	@GetMapping("/operator/appeals/{id}")
	String show(@PathVariable long id, Model model) {
		AppealCase appeal = this.appeals.appeal(id).orElseThrow(NotFoundException::new);
		model.addAttribute("c", appeal);
		model.addAttribute("a", appeal.appeal());
		model.addAttribute("t", appeal.task());
		model.addAttribute("steps", returnSteps());
		model.addAttribute("decisions", Decision.values());
		model.addAttribute("now", LocalDateTime.now(this.clock));
		return "operator/appealDetails";
	}

	/**
	 * A decision is taken once: a second one (another operator, a double submit) comes
	 * back with "already decided" and changes nothing.
	 */
	@PostMapping("/operator/appeals/{id}/decide")
	String decide(CurrentUser operator, @PathVariable long id, @RequestParam(required = false) Decision decision,
			@RequestParam(required = false) Step returnTo, @RequestParam(required = false) String note,
			HttpServletRequest request, RedirectAttributes redirect) {
		this.appeals.appeal(id).orElseThrow(NotFoundException::new);
		try {
			this.appeals.decide(id, operator.actor(Requests.clientIp(request)), decision, returnTo, note);
			redirect.addFlashAttribute("message", "operator.appeals.decided." + decision);
		}
		catch (SupervisionRejected ex) {
			if (ex.notFound()) {
				throw new NotFoundException();
			}
			redirect.addFlashAttribute("error", "operator.appeals.error." + ex.code());
		}
		return "redirect:/operator/appeals/" + id;
	}

	/**
	 * A document of the appealed task only; any other file id is not found here, so the
	 * link cannot be bent to another task's files. Each download is in the audit log of
	 * the merchant whose file it is.
	 */
	@GetMapping("/operator/appeals/{id}/files/{fileId}")
	ResponseEntity<byte[]> document(CurrentUser operator, @PathVariable long id, @PathVariable long fileId,
			HttpServletRequest request) {
		StoredFile file = this.appeals.document(id, fileId).orElseThrow(NotFoundException::new);
		byte[] content = this.files.content(file);
		this.audit.record(
				new Actor(operator.userId(), operator.userName(), new MerchantId(file.merchantId()),
						Requests.clientIp(request)),
				AuditAction.OPERATOR_FILE_DOWNLOADED, AuditTarget.FILE, String.valueOf(file.id()));
		return FileResponses.attachment(file, content);
	}

	/** Every merchant's refused unsubscribe requests, newest first. */
	@GetMapping("/operator/unsubscribes")
	String unsubscribes(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", this.appeals.refusedUnsubscribes(PageRequest.of(page)));
		return "operator/refusedUnsubscribes";
	}

	private static List<Step> returnSteps() {
		return Arrays.stream(Step.values()).filter(Step::returnable).toList();
	}

}

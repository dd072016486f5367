package io.sellercenter.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.file.FileResponses;
import io.sellercenter.file.FileService;
import io.sellercenter.file.StoredFile;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.MerchantId;
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

/** The operators' side (/operator/**, operators only by the security rules). */
@Controller
class ReviewController {

	private final ReviewService reviews;

	private final FileService files;

	private final AuditLog audit;

	private final List<ReviewFields> fields;

	ReviewController(ReviewService reviews, FileService files, AuditLog audit, List<ReviewFields> fields) {
		this.reviews = reviews;
		this.files = files;
		this.audit = audit;
		this.fields = fields;
	}

	@GetMapping("/operator/reviews")
	String queue(@RequestParam(required = false) ReviewKind kind,
			@RequestParam(required = false, defaultValue = "PENDING") String status,
			@RequestParam(required = false) String merchant, @RequestParam(required = false) Integer page,
			Locale locale, Model model) {
		ReviewStatus filter = statusFilter(status);
		Page<ReviewRequest> requests = this.reviews.queue(kind, filter, merchant, PageRequest.of(page));
		Map<Long, String> subjects = new HashMap<>();
		for (ReviewRequest request : requests.items()) {
			ReviewFields fields = fieldsFor(request.kind());
			String subject = (fields != null) ? fields.subject(request, locale) : null;
			if (subject != null && !subject.isBlank()) {
				subjects.put(request.id(), subject);
			}
		}
		model.addAttribute("page", requests);
		model.addAttribute("subjects", subjects);
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("merchant", (merchant != null) ? merchant.strip() : "");
		model.addAttribute("kinds", ReviewKind.values());
		model.addAttribute("now", this.reviews.now());
		return "reviews/reviewQueue";
	}

	@GetMapping("/operator/reviews/{id}")
	String show(@PathVariable long id, Locale locale, Model model) {
		ReviewRequest request = this.reviews.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("r", request);
		model.addAttribute("rows", diff(request, locale));
		model.addAttribute("now", this.reviews.now());
		ReviewFields fields = fieldsFor(request.kind());
		model.addAttribute("panel", (fields != null) ? fields.panel(request) : null);
		return "reviews/reviewDetails";
	}

	@PostMapping("/operator/reviews/{id}/approve")
	String approve(CurrentUser operator, @PathVariable long id, HttpServletRequest request,
			RedirectAttributes redirect) {
		return decide(operator, id, true, null, Map.of(), request, redirect);
	}

	@PostMapping("/operator/reviews/{id}/reject")
	String reject(CurrentUser operator, @PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam Map<String, String> params, HttpServletRequest request, RedirectAttributes redirect) {
		if (reason != null && reason.length() > 1000) {
			redirect.addFlashAttribute("error", "review.reasonTooLong");
			return "redirect:/operator/reviews/" + id;
		}
		Map<String, String> comments = new java.util.LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("comment.") && value != null && !value.isBlank()) {
				comments.put(name.substring("comment.".length()), value);
			}
		});
		return decide(operator, id, false, reason, comments, request, redirect);
	}

	/**
	 * Operators read every merchant's files; each download is in the audit log of the
	 * merchant whose file it is.
	 */
	@GetMapping("/operator/files/{fileId}")
	ResponseEntity<byte[]> download(CurrentUser operator, @PathVariable long fileId, HttpServletRequest request) {
		StoredFile file = this.files.findForOperator(fileId).orElseThrow(NotFoundException::new);
		byte[] content = this.files.content(file);
		this.audit.record(
				new Actor(operator.userId(), operator.userName(), new MerchantId(file.merchantId()),
						Requests.clientIp(request)),
				AuditAction.OPERATOR_FILE_DOWNLOADED, AuditTarget.FILE, String.valueOf(file.id()));
		return FileResponses.attachment(file, content);
	}

	/**
	 * The rows of the review page: each field with its values in words, its files
	 * described (all of them in one statement, and only the request's own merchant's).
	 */
	private List<DiffRow> diff(ReviewRequest request, Locale locale) {
		ReviewFields fields = fieldsFor(request.kind());
		List<String> names = fieldsOf(request);
		List<Long> fileIds = new ArrayList<>();
		for (String field : names) {
			if (fields != null && fields.isFile(field)) {
				fileId(request.oldValues().get(field)).ifPresent(fileIds::add);
				fileId(request.newValues().get(field)).ifPresent(fileIds::add);
			}
		}
		Map<Long, StoredFile> files = this.files.describe(request.merchant(), fileIds);
		List<DiffRow> rows = new ArrayList<>();
		for (String field : names) {
			rows.add(new DiffRow(field, shown(request, fields, field, request.oldValues().get(field), files, locale),
					shown(request, fields, field, request.newValues().get(field), files, locale),
					request.changes(field)));
		}
		return rows;
	}

	private static ShownValue shown(ReviewRequest request, ReviewFields fields, String field, String value,
			Map<Long, StoredFile> files, Locale locale) {
		if (value == null) {
			return null;
		}
		if (fields == null) {
			return ShownValue.text(value);
		}
		Optional<Long> fileId = fields.isFile(field) ? fileId(value) : Optional.empty();
		if (fileId.isPresent()) {
			return ShownValue.file(files.get(fileId.get()));
		}
		String text = fields.text(request, field, value, locale);
		return ShownValue.text((text != null) ? text : value);
	}

	/** A file field holds a file's id, or words instead of a file ("not applicable"). */
	private static Optional<Long> fileId(String value) {
		if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return Optional.of(Long.valueOf(value));
	}

	private ReviewFields fieldsFor(ReviewKind kind) {
		return this.fields.stream().filter((f) -> f.kinds().contains(kind)).findFirst().orElse(null);
	}

	/**
	 * The owner's field order, or (products, whose fields vary) the request's own fields.
	 */
	private List<String> fieldsOf(ReviewRequest request) {
		List<String> fields = this.reviews.fields(request.kind());
		if (!fields.isEmpty()) {
			return fields;
		}
		java.util.LinkedHashSet<String> union = new java.util.LinkedHashSet<>(request.newValues().keySet());
		union.addAll(request.oldValues().keySet());
		return List.copyOf(union);
	}

	/** "ALL" for every status; anything unknown falls back to the pending ones. */
	private static ReviewStatus statusFilter(String status) {
		if ("ALL".equals(status)) {
			return null;
		}
		for (ReviewStatus candidate : ReviewStatus.values()) {
			if (candidate.name().equals(status)) {
				return candidate;
			}
		}
		return ReviewStatus.PENDING;
	}

	private String decide(CurrentUser operator, long id, boolean approve, String reason, Map<String, String> comments,
			HttpServletRequest request, RedirectAttributes redirect) {
		this.reviews.find(id).orElseThrow(NotFoundException::new);
		try {
			this.reviews.decide(id, approve, reason, comments, operator.actor(Requests.clientIp(request)));
			redirect.addFlashAttribute("message", approve ? "review.approved" : "review.rejected");
			return "redirect:/operator/reviews";
		}
		catch (ReviewConflict ex) {
			redirect.addFlashAttribute("error", ex.code());
			return "redirect:/operator/reviews/" + id;
		}
	}

}

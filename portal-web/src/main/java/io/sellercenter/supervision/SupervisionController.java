package io.sellercenter.supervision;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.sellercenter.file.FileResponses;
import io.sellercenter.file.FileService;
import io.sellercenter.file.StoredFile;
import io.sellercenter.file.Upload;
import io.sellercenter.file.UploadRejected;
import io.sellercenter.file.Uploads;
import io.sellercenter.product.ProductService;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.supervision.TaskFilter.View;
import io.sellercenter.web.NotFoundException;
import io.sellercenter.web.ReaderTime;

import org.springframework.format.annotation.DateTimeFormat;
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
 * 服务监管: the task lists with the figures, a task's page, the merchant's steps and the
 * unsubscribe requests. Each step answers with the task's page again and a message; a
 * step the rules refuse says why there, and a task the user may not see is not found.
 */
@Controller
@RequiresMenu(Menu.SUPERVISION)
class SupervisionController {

	/** Proof files one delivery or appeal may carry (within the request's size limit). */
	static final int MAX_FILES = 5;

	private static final Set<String> STATUSES = Set.of("REQUESTED", "APPROVED", "REFUSED");

	private final SupervisionService supervision;

	private final ProductService products;

	private final FileService files;

	private final ReaderTime times;

	private final Clock clock;

	SupervisionController(SupervisionService supervision, ProductService products, FileService files, ReaderTime times,
			Clock clock) {
		this.supervision = supervision;
		this.products = products;
		this.files = files;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping("/supervision")
	String list(CurrentUser user, Viewer viewer, SupervisionQuery query, BindingResult unparsed,
			@RequestParam(required = false) Integer page, Model model) {
		TaskPage result = this.supervision.search(viewer, user.userId(), query.toFilter(), PageRequest.of(page));
		model.addAttribute("page", result.page());
		model.addAttribute("totalCapped", result.capped());
		model.addAttribute("countCap", SupervisionService.COUNT_CAP);
		model.addAttribute("query", query);
		model.addAttribute("view", query.shownView());
		model.addAttribute("views", View.values());
		model.addAttribute("viewLinks",
				Arrays.stream(View.values()).collect(Collectors.toMap(View::name, query::viewLink)));
		model.addAttribute("steps", Step.values());
		model.addAttribute("products",
				this.products.products(viewer, null, null, null, new PageRequest(1, 100)).items());
		model.addAttribute("figures", this.supervision.figures(viewer));
		return "supervision/taskList";
	}

	@GetMapping("/supervision/unsubscribes")
	String unsubscribes(Viewer viewer, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, Model model) {
		String shown = (status != null && STATUSES.contains(status)) ? status : null;
		model.addAttribute("page", this.supervision.unsubscribes(viewer, shown, PageRequest.of(page)));
		model.addAttribute("status", shown);
		model.addAttribute("statuses", List.of("REQUESTED", "APPROVED", "REFUSED"));
		return "supervision/unsubscribeList";
	}

	@GetMapping("/supervision/{taskNo}")
	String show(CurrentUser user, Viewer viewer, @PathVariable String taskNo, Model model) {
		TaskDetails details = this.supervision.details(viewer, user.userId(), taskNo)
			.orElseThrow(NotFoundException::new);
		model.addAttribute("details", details);
		model.addAttribute("task", details.task());
		model.addAttribute("now", LocalDateTime.now(this.clock));
		model.addAttribute("maxText", SupervisionService.MAX_TEXT);
		model.addAttribute("maxReason", SupervisionService.MAX_REASON);
		model.addAttribute("maxFiles", MAX_FILES);
		return "supervision/taskDetails";
	}

	@GetMapping("/supervision/{taskNo}/files/{fileId}")
	ResponseEntity<byte[]> download(Viewer viewer, @PathVariable String taskNo, @PathVariable long fileId) {
		StoredFile file = this.supervision.document(viewer, taskNo, fileId).orElseThrow(NotFoundException::new);
		return FileResponses.attachment(file, this.files.content(file));
	}

	@PostMapping("/supervision/{taskNo}/confirm")
	String confirm(Viewer viewer, Actor actor, @PathVariable String taskNo, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return step(taskNo, redirect, "supervision.confirmed",
				() -> this.supervision.confirm(viewer, actor, taskNo, note));
	}

	@PostMapping("/supervision/{taskNo}/send-back")
	String sendBack(Viewer viewer, Actor actor, @PathVariable String taskNo,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return step(taskNo, redirect, "supervision.sentBack",
				() -> this.supervision.sendBack(viewer, actor, taskNo, reason));
	}

	/**
	 * The service start is entered in the reader's zone (a datetime-local field) and
	 * stored in UTC like every time.
	 */
	@PostMapping("/supervision/{taskNo}/deliver")
	String deliver(Viewer viewer, Actor actor, @PathVariable String taskNo,
			@RequestParam(name = "document", required = false) MultipartFile document,
			@RequestParam(name = "proof", required = false) List<MultipartFile> proof,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
			@RequestParam(defaultValue = "false") boolean namesOrder,
			@RequestParam(defaultValue = "false") boolean namesCustomer,
			@RequestParam(defaultValue = "false") boolean namesProduct, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return step(taskNo, redirect, "supervision.delivered", () -> {
			Upload acceptance = (document != null && !document.isEmpty()) ? Uploads.of(document) : null;
			this.supervision.deliver(viewer, actor, taskNo, new Delivery(acceptance, uploads(proof),
					this.times.toUtc(start), namesOrder, namesCustomer, namesProduct, note));
		});
	}

	@PostMapping("/supervision/{taskNo}/appeal")
	String appeal(Viewer viewer, Actor actor, @PathVariable String taskNo,
			@RequestParam(required = false) String reason,
			@RequestParam(name = "proof", required = false) List<MultipartFile> proof, RedirectAttributes redirect) {
		return step(taskNo, redirect, "supervision.appealed",
				() -> this.supervision.appeal(viewer, actor, taskNo, reason, uploads(proof)));
	}

	@PostMapping("/supervision/{taskNo}/unsubscribe/approve")
	String approveUnsubscribe(Viewer viewer, Actor actor, @PathVariable String taskNo, RedirectAttributes redirect) {
		return step(taskNo, redirect, "supervision.unsubscribe.approved",
				() -> this.supervision.approveUnsubscribe(viewer, actor, taskNo));
	}

	@PostMapping("/supervision/{taskNo}/unsubscribe/refuse")
	String refuseUnsubscribe(Viewer viewer, Actor actor, @PathVariable String taskNo,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return step(taskNo, redirect, "supervision.unsubscribe.refused",
				() -> this.supervision.refuseUnsubscribe(viewer, actor, taskNo, reason));
	}

	private String step(String taskNo, RedirectAttributes redirect, String done, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (SupervisionRejected ex) {
			if (ex.notFound()) {
				throw new NotFoundException();
			}
			redirect.addFlashAttribute("supervisionError", "supervision.error." + ex.code());
		}
		catch (UploadRejected ex) {
			redirect.addFlashAttribute("supervisionError", ex.code());
			redirect.addFlashAttribute("supervisionErrorArgs", ex.args());
		}
		return "redirect:/supervision/" + taskNo;
	}

	private static List<Upload> uploads(List<MultipartFile> parts) {
		List<Upload> uploads = Uploads.all(parts);
		if (uploads.size() > MAX_FILES) {
			throw new SupervisionRejected("tooManyFiles");
		}
		return uploads;
	}

}

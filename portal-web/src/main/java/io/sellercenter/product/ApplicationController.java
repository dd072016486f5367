package io.sellercenter.product;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.sellercenter.datafile.DataItemFormat;
import io.sellercenter.review.ReviewService;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.MainAccountOnly;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.web.NotFoundException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的申请: creating and changing products through applications, drafts to review. */
@Controller
@RequiresMenu(Menu.PRODUCTS)
class ApplicationController {

	/** The id of an application not stored yet (ids start at 1). */
	private static final long UNSAVED = 0;

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ProductService products;

	private final ProductAccess access;

	private final ProductUploads uploads;

	private final ReviewService reviews;

	private final ImageAssetCheck assets;

	private final SaasDebugPage debugPage;

	ApplicationController(ProductService products, ProductAccess access, ProductUploads uploads, ReviewService reviews,
			ImageAssetCheck assets, SaasDebugPage debugPage) {
		this.debugPage = debugPage;
		this.products = products;
		this.access = access;
		this.uploads = uploads;
		this.reviews = reviews;
		this.assets = assets;
	}

	@GetMapping("/products/applications")
	String list(Viewer viewer, @RequestParam(required = false) ApplicationStatus status,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", this.products.applications(viewer, status, PageRequest.of(page)));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ApplicationStatus.values());
		return "products/applicationList";
	}

	/**
	 * An empty form of the type: nothing is stored until it is first saved, so a form
	 * opened and left leaves no "(untitled)" draft behind.
	 */
	@GetMapping("/products/new")
	@MainAccountOnly
	String startNew(CurrentUser user, @RequestParam ProductType type, Model model) {
		model.addAttribute("form", ProductForm.of(ProductContent.empty()));
		return page(user, unsaved(user, type), model);
	}

	/** The first save or submission of a new product's form creates its application. */
	@PostMapping("/products/new")
	@MainAccountOnly
	String create(CurrentUser user, Actor actor, @RequestParam ProductType type,
			@ModelAttribute("form") ProductForm form, @RequestParam(defaultValue = "save") String action,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return process(user, actor, unsaved(user, type), form, "submit".equals(action), request, model, redirect);
	}

	@GetMapping("/products/applications/{applicationId}")
	String show(CurrentUser user, @PathVariable long applicationId, Model model) {
		ProductApplication application = find(user, applicationId);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProductForm.of(application.content()));
		}
		return page(user, application, model);
	}

	@PostMapping("/products/applications/{applicationId}")
	String save(CurrentUser user, Viewer viewer, Actor actor, @PathVariable long applicationId,
			@ModelAttribute("form") ProductForm form, @RequestParam(defaultValue = "save") String action,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ProductApplication application = find(user, applicationId);
		if (!this.products.canEdit(viewer, application)) {
			throw new NotFoundException();
		}
		return process(user, actor, application, form, "submit".equals(action), request, model, redirect);
	}

	/**
	 * Saves the form as a draft (creating the application on its first save), then
	 * submits it if asked. Whatever is wrong is gathered before the page answers: what a
	 * draft cannot hold (nothing is saved then), refused uploads (the draft is saved with
	 * the rest), and, for a submission, every rule the content breaks.
	 */
	private String process(CurrentUser user, Actor actor, ProductApplication application, ProductForm form,
			boolean submit, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		boolean isNew = application.id() == UNSAVED;
		ProductForm.Files before = ProductForm.Files.of(application.content());
		ProductForm.Read read = form.read(application.type(), before);
		FormErrors errors = FormErrors.none().add(read.errors()).add(this.products.draftErrors(read.content()));
		boolean refused = errors.hasFields();
		// Checked before anything is stored, so a draft that cannot be saved leaves no
		// file.
		ProductUploads.Checked uploads = this.uploads.check(request);
		errors.add(uploads.errors()).cells(uploads.dataItemErrors());
		ProductApplication saved = application;
		ProductContent content = read.content();
		if (refused) {
			errors.code("product.draftRefused");
		}
		else {
			if (isNew) {
				saved = this.products.createDraft(user, application.type(), content);
			}
			if (!isNew || !uploads.accepted().isEmpty()) {
				ProductForm.Files files = this.uploads.store(user, saved.id(), before, uploads);
				content = form.read(application.type(), files).content();
				saved = this.products.saveDraft(user, saved.id(), content);
			}
		}
		if (submit && errors.isEmpty()) {
			try {
				// The saved cases run now: the submission is judged on today's answers.
				this.products.runInterfaceCases(user.merchant(), saved);
				this.products.submit(user, saved.id(), actor);
				redirect.addFlashAttribute("message", "product.submitted");
				return "redirect:/products/applications/" + saved.id();
			}
			catch (ProductRejected ex) {
				errors.code(ex.code()).add(ex.errors());
			}
		}
		else if (submit) {
			// The submission cannot go ahead; say now what else it would be refused for.
			ProductContent checked = refused ? form.read(application.type(), uploads.assumed(before)).content()
					: content;
			this.products.refusal(user.merchant(), saved, checked)
				.ifPresent((r) -> errors.code(r.code()).add(r.errors()));
		}
		if (errors.get("interface") != null) {
			// Named one by one, in words, under the summary's line.
			errors.interfaceChecks(
					SaasReadiness.notPassed(this.products.interfaceChecks(user.merchant(), saved, content)));
		}
		if (errors.isEmpty()) {
			redirect.addFlashAttribute("message", "product.draftSaved");
			return "redirect:/products/applications/" + saved.id();
		}
		if (isNew && saved.id() != UNSAVED) {
			// Created now: its page is its own address from here on, errors and all.
			redirect.addFlashAttribute("errors", errors);
			return "redirect:/products/applications/" + saved.id();
		}
		model.addAttribute("errors", errors);
		model.addAttribute("form", form.shownAgain());
		return page(user, saved, model);
	}

	/**
	 * The empty data-item workbook in the reader's language, with its drop-down lists and
	 * a sheet of rules. The same file for every merchant: it holds no tenant data.
	 */
	@GetMapping("/products/data-items-template")
	ResponseEntity<byte[]> dataItemsTemplate(Locale locale) throws IOException {
		String path = DataItemFormat.template(locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new ClassPathResource(path).getContentAsByteArray());
	}

	@PostMapping("/products/applications/{applicationId}/delete")
	String delete(CurrentUser user, @PathVariable long applicationId, RedirectAttributes redirect) {
		find(user, applicationId);
		try {
			this.products.deleteDraft(user, applicationId);
		}
		catch (ProductRejected ex) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("message", "product.draftDeleted");
		return "redirect:/products/applications";
	}

	private String page(CurrentUser user, ProductApplication application, Model model) {
		model.addAttribute("app", application);
		model.addAttribute("isNew", application.id() == UNSAVED);
		model.addAttribute("editable",
				application.id() == UNSAVED || this.products.canEdit(this.access.viewer(user), application));
		model.addAttribute("categories", ProductRules.CATEGORIES.stream().sorted().toList());
		model.addAttribute("regions", List.of("CN", "HK", "AP", "AF", "LA"));
		model.addAttribute("modes", modes(application.type()));
		model.addAttribute("maxSpecs", ProductRules.MAX_SPECS);
		model.addAttribute("emptySpec", SpecForm.empty());
		if (application.type() == ProductType.IMAGE) {
			model.addAttribute("assets", this.assets.choices(user.merchant()));
		}
		if (application.type() == ProductType.SAAS) {
			// The stored draft's specs: what a submission now would be checked against.
			model.addAttribute("interfaceChecks",
					this.products.interfaceChecks(user.merchant(), application, application.content()));
			model.addAttribute("debugSubject", SaasReadiness.subject(application));
			model.addAttribute("debugLinked", this.debugPage.exists());
		}
		if (application.reviewRequestId() != null) {
			this.reviews.find(user.merchant(), application.reviewRequestId()).ifPresent((review) -> {
				model.addAttribute("review", review);
				model.addAttribute("comments", this.reviews.comments(review.id()));
			});
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		if (!model.containsAttribute("comments")) {
			model.addAttribute("comments", Map.of());
		}
		return "products/applicationForm";
	}

	/** The charging modes a spec of the type may have: data files are never sold once. */
	static List<ChargingMode> modes(ProductType type) {
		return Arrays.stream(ChargingMode.values())
			.filter((m) -> type != ProductType.DATA_FILE || m != ChargingMode.ONE_TIME)
			.toList();
	}

	/** The application a new product's form stands for until it is first saved. */
	private static ProductApplication unsaved(CurrentUser user, ProductType type) {
		return new ProductApplication(UNSAVED, user.merchant().value(), null, type, ProductApplication.Kind.CREATE,
				ApplicationStatus.DRAFT, ProductContent.empty(), null, null, user.userId(), null, null, null);
	}

	private ProductApplication find(CurrentUser user, long applicationId) {
		return this.products.application(this.access.viewer(user), applicationId).orElseThrow(NotFoundException::new);
	}

}

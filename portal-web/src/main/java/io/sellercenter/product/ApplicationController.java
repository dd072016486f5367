package io.sellercenter.product;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.sellercenter.review.ReviewService;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.MainAccountOnly;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.web.NotFoundException;

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

	private final ProductService products;

	private final ProductAccess access;

	private final ProductUploads uploads;

	private final ReviewService reviews;

	private final ImageAssetCheck assets;

	ApplicationController(ProductService products, ProductAccess access, ProductUploads uploads, ReviewService reviews,
			ImageAssetCheck assets) {
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

	@PostMapping("/products/new")
	@MainAccountOnly
	String create(CurrentUser user, @RequestParam ProductType type) {
		ProductApplication draft = this.products.createDraft(user, type, ProductContent.empty());
		return "redirect:/products/applications/" + draft.id();
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
		// Too long even for a draft: refused before any upload is stored.
		List<FieldError> tooLong = this.products
			.draftErrors(form.toContent(application.type(), ProductForm.Files.of(application.content())));
		if (!tooLong.isEmpty()) {
			model.addAttribute("error", "product.draftTooLong");
			model.addAttribute("errors", errorsByField(new ProductRejected("product.draftTooLong", tooLong)));
			return page(user, application, model);
		}
		ProductUploads.Result stored = this.uploads.store(user, applicationId,
				ProductForm.Files.of(application.content()), request);
		ProductContent content = form.toContent(application.type(), stored.files());
		this.products.saveDraft(user, applicationId, content);
		if (!stored.errors().isEmpty()) {
			model.addAttribute("errors", stored.errors());
			model.addAttribute("dataItemErrors", stored.dataItemErrors());
			return page(user, find(user, applicationId), model);
		}
		if ("submit".equals(action)) {
			try {
				this.products.submit(user, applicationId, actor);
			}
			catch (ProductRejected ex) {
				model.addAttribute("error", ex.code());
				model.addAttribute("errors", errorsByField(ex));
				return page(user, find(user, applicationId), model);
			}
			redirect.addFlashAttribute("message", "product.submitted");
			return "redirect:/products/applications/" + applicationId;
		}
		redirect.addFlashAttribute("message", "product.draftSaved");
		return "redirect:/products/applications/" + applicationId;
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
		model.addAttribute("editable", this.products.canEdit(this.access.viewer(user), application));
		model.addAttribute("categories", ProductRules.CATEGORIES.stream().sorted().toList());
		model.addAttribute("regions", List.of("CN", "HK", "AP", "AF", "LA"));
		model.addAttribute("modes", ChargingMode.values());
		if (application.type() == ProductType.IMAGE) {
			model.addAttribute("assets", this.assets.choices(user.merchant()));
		}
		if (application.reviewRequestId() != null) {
			this.reviews.find(user.merchant(), application.reviewRequestId()).ifPresent((review) -> {
				model.addAttribute("review", review);
				model.addAttribute("comments", this.reviews.comments(review.id()));
			});
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("comments")) {
			model.addAttribute("comments", Map.of());
		}
		return "products/applicationForm";
	}

	private static Map<String, String> errorsByField(ProductRejected ex) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		ex.errors().forEach((e) -> errors.putIfAbsent(e.field(), e.code()));
		return errors;
	}

	private ProductApplication find(CurrentUser user, long applicationId) {
		return this.products.application(this.access.viewer(user), applicationId).orElseThrow(NotFoundException::new);
	}

}

package io.sellercenter.product;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import io.sellercenter.file.FileKind;
import io.sellercenter.file.FileResponses;
import io.sellercenter.file.FileService;
import io.sellercenter.file.StoredFile;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.MainAccountOnly;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.user.SubUserService;
import io.sellercenter.web.NotFoundException;
import io.sellercenter.web.ReaderTime;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的商品: listed products, their delisting and their grants to sub-users. */
@Controller
@RequiresMenu(Menu.PRODUCTS)
class ProductController {

	private final ProductService products;

	private final GrantService grants;

	private final SubUserService subUsers;

	private final FileService files;

	private final ReaderTime times;

	private final Clock clock;

	private final SaasDebugPage debugPage;

	ProductController(ProductService products, GrantService grants, SubUserService subUsers, FileService files,
			ReaderTime times, Clock clock, SaasDebugPage debugPage) {
		this.debugPage = debugPage;
		this.products = products;
		this.grants = grants;
		this.subUsers = subUsers;
		this.files = files;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping("/products")
	String list(Viewer viewer, @RequestParam(required = false) String q,
			@RequestParam(required = false) ProductType type, @RequestParam(required = false) ProductStatus status,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", this.products.products(viewer, q, type, status, PageRequest.of(page)));
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("status", status);
		model.addAttribute("types", ProductType.values());
		model.addAttribute("statuses", ProductStatus.values());
		return "products/productList";
	}

	@GetMapping("/products/{productId}")
	String show(CurrentUser user, Viewer viewer, @PathVariable long productId, Model model) {
		ProductView view = this.products.product(viewer, productId).orElseThrow(NotFoundException::new);
		model.addAttribute("view", view);
		if (view.product().type() == ProductType.SAAS) {
			model.addAttribute("interfaceChecks", this.products.interfaceChecks(view));
			model.addAttribute("debugSubject", view.product().id());
			model.addAttribute("debugLinked", this.debugPage.exists());
		}
		if (user.mainAccount()) {
			model.addAttribute("grants", this.grants.ofProduct(user.merchant(), productId));
			model.addAttribute("subUsers", this.subUsers.list(user.merchant()));
			model.addAttribute("roles", GrantRole.values());
			if (!model.containsAttribute("grantForm")) {
				model.addAttribute("grantForm", GrantForm.empty());
			}
		}
		return "products/productDetails";
	}

	@PostMapping("/products/{productId}/change")
	String change(CurrentUser user, @PathVariable long productId, RedirectAttributes redirect) {
		try {
			return "redirect:/products/applications/" + this.products.startChange(user, productId).id();
		}
		catch (ProductRejected ex) {
			if ("product.notFound".equals(ex.code()) || "product.noManage".equals(ex.code())) {
				throw new NotFoundException();
			}
			redirect.addFlashAttribute("error", ex.code());
			return "redirect:/products/" + productId;
		}
	}

	@PostMapping("/products/{productId}/delist")
	String delist(CurrentUser user, Actor actor, @PathVariable long productId,
			@RequestParam(required = false) String reason,
			@RequestParam(name = "specIds", required = false) List<Long> specIds, RedirectAttributes redirect) {
		try {
			this.products.requestDelisting(user, productId, specIds, reason, actor);
			redirect.addFlashAttribute("message", "product.delistRequested");
		}
		catch (ProductRejected ex) {
			if ("product.notFound".equals(ex.code()) || "product.noManage".equals(ex.code())) {
				throw new NotFoundException();
			}
			redirect.addFlashAttribute("error", ex.code());
		}
		return "redirect:/products/" + productId;
	}

	@PostMapping("/products/{productId}/grants")
	@MainAccountOnly
	String grant(CurrentUser user, Viewer viewer, Actor actor, @PathVariable long productId,
			@Valid @ModelAttribute("grantForm") GrantForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.products.product(viewer, productId).orElseThrow(NotFoundException::new);
		if (form != null) {
			// Null when a value did not convert: the binding result says which.
			form.checkExpiry(result, this.times.today(this.clock));
		}
		if (!result.hasErrors()) {
			try {
				this.grants.grant(user.merchant(), productId, form.userId(), form.role(), form.primaryHandler(),
						(form.expiresOn() != null) ? this.times.endOf(form.expiresOn()) : null, actor);
				redirect.addFlashAttribute("message", "grant.saved");
				return "redirect:/products/" + productId;
			}
			catch (ProductRejected ex) {
				GrantForm.reject(result, ex);
			}
		}
		// The page again, the choices as they were and the error next to its field.
		return show(user, viewer, productId, model);
	}

	@PostMapping("/products/{productId}/grants/{grantId}/revoke")
	@MainAccountOnly
	String revoke(CurrentUser user, Actor actor, @PathVariable long productId, @PathVariable long grantId,
			RedirectAttributes redirect) {
		try {
			this.grants.revoke(user.merchant(), productId, grantId, actor);
		}
		catch (ProductRejected ex) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("message", "grant.revoked");
		return "redirect:/products/" + productId;
	}

	/** A file of a product application, for whoever may see that application. */
	@GetMapping("/products/files/{fileId}")
	ResponseEntity<byte[]> download(CurrentUser user, Viewer viewer, @PathVariable long fileId) {
		StoredFile file = this.files.find(user.merchant(), FileKind.Owner.PRODUCT_APPLICATION, fileId)
			.orElseThrow(NotFoundException::new);
		Long applicationId = this.files.applicationOf(user.merchant(), fileId).orElseThrow(NotFoundException::new);
		this.products.application(viewer, applicationId).orElseThrow(NotFoundException::new);
		return FileResponses.attachment(file, this.files.content(file));
	}

}

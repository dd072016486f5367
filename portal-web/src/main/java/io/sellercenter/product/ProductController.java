package io.sellercenter.product;

import java.time.LocalDate;
import java.util.List;

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

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

	ProductController(ProductService products, GrantService grants, SubUserService subUsers, FileService files) {
		this.products = products;
		this.grants = grants;
		this.subUsers = subUsers;
		this.files = files;
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
		if (user.mainAccount()) {
			model.addAttribute("grants", this.grants.ofProduct(user.merchant(), productId));
			model.addAttribute("subUsers", this.subUsers.list(user.merchant()));
			model.addAttribute("roles", GrantRole.values());
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
			@RequestParam(required = false) Long userId, @RequestParam(required = false) GrantRole role,
			@RequestParam(defaultValue = "false") boolean primary,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
			RedirectAttributes redirect) {
		this.products.product(viewer, productId).orElseThrow(NotFoundException::new);
		if (userId == null || role == null) {
			redirect.addFlashAttribute("error", "grant.noSuchUser");
			return "redirect:/products/" + productId;
		}
		try {
			this.grants.grant(user.merchant(), productId, userId, role, primary,
					(expiresOn != null) ? expiresOn.plusDays(1).atStartOfDay() : null, actor);
			redirect.addFlashAttribute("message", "grant.saved");
		}
		catch (ProductRejected ex) {
			redirect.addFlashAttribute("error", ex.code());
		}
		return "redirect:/products/" + productId;
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

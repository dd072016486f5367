package io.sellercenter.asset;

import jakarta.validation.Valid;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 镜像资产: sub-users with the products menu read and register assets like the main account;
 * deleting one needs the main account, or MANAGE on every product built on it.
 */
@Controller
@RequiresMenu(Menu.PRODUCTS)
class AssetController {

	private final AssetService assets;

	AssetController(AssetService assets) {
		this.assets = assets;
	}

	@GetMapping("/assets")
	String list(MerchantId merchant, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", this.assets.list(merchant, PageRequest.of(page)));
		return "assets/assetList";
	}

	@GetMapping("/assets/new")
	String newForm(Model model) {
		model.addAttribute("form", AssetForm.empty());
		return form(model);
	}

	@PostMapping("/assets")
	String register(Actor actor, MerchantId merchant, @Valid @ModelAttribute("form") AssetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model);
		}
		ImageAsset asset;
		try {
			asset = this.assets.register(merchant, form.region(), form.imageId(), actor);
		}
		catch (AssetRejected ex) {
			result.rejectValue("imageId", ex.code());
			return form(model);
		}
		if (asset.accepted()) {
			redirect.addFlashAttribute("message", "assets.accepted");
		}
		else {
			// Stored, but no product can be built on it: the list says why, in a warning.
			// Flash attributes travel in the session, so only strings.
			redirect.addFlashAttribute("refusedImage", asset.imageId());
			redirect.addFlashAttribute("refusal", asset.refusal());
		}
		return "redirect:/assets";
	}

	@PostMapping("/assets/{assetId}/delete")
	String delete(Viewer viewer, Actor actor, @PathVariable long assetId, RedirectAttributes redirect) {
		try {
			this.assets.delete(viewer, assetId, actor);
			redirect.addFlashAttribute("message", "assets.deleted");
		}
		catch (AssetRejected ex) {
			if ("asset.notFound".equals(ex.code())) {
				throw new NotFoundException();
			}
			redirect.addFlashAttribute("error", ex.code());
		}
		return "redirect:/assets";
	}

	private String form(Model model) {
		model.addAttribute("supportedRegions", ImageRegions.SUPPORTED);
		model.addAttribute("otherRegions", ImageRegions.OTHER);
		return "assets/assetForm";
	}

}

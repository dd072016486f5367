package io.sellercenter.saas;

import java.util.EnumMap;
import java.util.Map;

import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MainAccountOnly;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 生产地址管理 and 密钥管理: the main account registers the production address, proves it with a
 * signed test call, and binds the basic interface's key (its secret shown in that
 * response only, never kept in the session).
 */
@Controller
@MainAccountOnly
class ProductionController {

	private final ProductionSetup setup;

	ProductionController(ProductionSetup setup) {
		this.setup = setup;
	}

	@GetMapping("/saas/production")
	String show(MerchantId merchant, Model model) {
		model.addAttribute("address", this.setup.address(merchant).orElse(null));
		Map<InterfaceType, BoundKey> keys = new EnumMap<>(InterfaceType.class);
		this.setup.keys(merchant).forEach((key) -> keys.put(key.interfaceType(), key));
		model.addAttribute("keyByType", keys);
		model.addAttribute("contracts", Contract.values());
		model.addAttribute("interfaceTypes", InterfaceType.values());
		if (!model.containsAttribute("url")) {
			this.setup.address(merchant).ifPresent((address) -> {
				model.addAttribute("url", address.url());
				model.addAttribute("contract", address.contract());
			});
		}
		return "saas/production";
	}

	@PostMapping("/saas/production/address")
	String saveAddress(Actor actor, MerchantId merchant, @RequestParam(required = false) String url,
			@RequestParam(required = false) String contract, Model model, RedirectAttributes redirect) {
		Contract chosen = parse(contract);
		try {
			this.setup.saveAddress(actor, bounded(url), chosen);
		}
		catch (ProductionSetup.Refused ex) {
			model.addAttribute("addressError", ex.messageKey());
			model.addAttribute("url", bounded(url));
			model.addAttribute("contract", chosen);
			return show(merchant, model);
		}
		redirect.addFlashAttribute("message", "saas.production.saved");
		return "redirect:/saas/production";
	}

	@PostMapping("/saas/production/verify")
	String verify(Actor actor, MerchantId merchant, Model model) {
		SaasCaller.Result result = this.setup.verify(actor);
		model.addAttribute("verifyResult", result);
		model.addAttribute("verified", ProductionSetup.proves(result));
		return show(merchant, model);
	}

	/** The new secret is in this response only. */
	@PostMapping("/saas/production/keys")
	String bindKey(Actor actor, MerchantId merchant, @RequestParam(required = false) String type, Model model) {
		InterfaceType chosen = InterfaceType.BASIC;
		if (type != null && !type.equals(InterfaceType.BASIC.name())) {
			model.addAttribute("keyError", "saas.keys.error.type");
			return show(merchant, model);
		}
		model.addAttribute("newKey", this.setup.bindKey(actor, chosen));
		return show(merchant, model);
	}

	private static Contract parse(String contract) {
		for (Contract value : Contract.values()) {
			if (value.name().equals(contract)) {
				return value;
			}
		}
		return null;
	}

	/** What is echoed back into the form: never more than the field holds. */
	private static String bounded(String url) {
		return (url == null || url.length() <= 300) ? url : url.substring(0, 300);
	}

}

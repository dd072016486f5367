package io.sellercenter.usage;

import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MainAccountOnly;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 密钥管理: the main account's integration keys for the usage push API. */
@Controller
@MainAccountOnly
class KeyController {

	private final KeyService keys;

	KeyController(KeyService keys) {
		this.keys = keys;
	}

	@GetMapping("/usage/keys")
	String list(MerchantId merchant, Model model) {
		model.addAttribute("keys", this.keys.keys(merchant));
		model.addAttribute("maxActive", KeyService.MAX_ACTIVE);
		return "usage/keyList";
	}

	/**
	 * Creates a key and shows its secret in this response only: not redirected, so the
	 * secret is never stored in the session to survive a redirect.
	 */
	@PostMapping("/usage/keys")
	String create(Actor actor, MerchantId merchant, @RequestParam(required = false) String name, Model model) {
		try {
			model.addAttribute("newKey", this.keys.create(merchant, name, actor));
		}
		catch (KeyRejected ex) {
			model.addAttribute("error", ex.code());
		}
		return list(merchant, model);
	}

	@PostMapping("/usage/keys/{keyId}/disable")
	String disable(Actor actor, MerchantId merchant, @PathVariable String keyId, RedirectAttributes redirect) {
		return change(() -> this.keys.setEnabled(merchant, keyId, false, actor), "keys.disabled", redirect);
	}

	@PostMapping("/usage/keys/{keyId}/enable")
	String enable(Actor actor, MerchantId merchant, @PathVariable String keyId, RedirectAttributes redirect) {
		return change(() -> this.keys.setEnabled(merchant, keyId, true, actor), "keys.enabled", redirect);
	}

	@PostMapping("/usage/keys/{keyId}/delete")
	String delete(Actor actor, MerchantId merchant, @PathVariable String keyId, RedirectAttributes redirect) {
		return change(() -> this.keys.delete(merchant, keyId, actor), "keys.deleted", redirect);
	}

	private String change(Runnable action, String message, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("message", message);
		}
		catch (KeyRejected ex) {
			if ("keys.notFound".equals(ex.code())) {
				throw new NotFoundException();
			}
			redirect.addFlashAttribute("keyError", ex.code());
		}
		return "redirect:/usage/keys";
	}

}

package io.sellercenter.merchant;

import io.sellercenter.shared.MerchantId;
import io.sellercenter.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Operators read any merchant's profile (read only). */
@Controller
class OperatorMerchantController {

	private final MerchantService merchants;

	private final ProfileService profiles;

	OperatorMerchantController(MerchantService merchants, ProfileService profiles) {
		this.merchants = merchants;
		this.profiles = profiles;
	}

	@GetMapping("/operator/merchants/{merchantId}")
	String show(@PathVariable long merchantId, Model model) {
		if (merchantId <= 0) {
			throw new NotFoundException();
		}
		MerchantId id = new MerchantId(merchantId);
		this.merchants.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("overview", this.profiles.overview(id));
		model.addAttribute("fields", ProfileDetails.FIELDS);
		return "merchants/operatorProfile";
	}

}

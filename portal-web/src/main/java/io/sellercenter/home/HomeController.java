package io.sellercenter.home;

import io.sellercenter.merchant.MerchantService;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final MerchantService merchants;

	HomeController(MerchantService merchants) {
		this.merchants = merchants;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		if (user.operator()) {
			return "redirect:/operator";
		}
		model.addAttribute("merchant", this.merchants.find(user.merchant()).orElseThrow(NotFoundException::new));
		return "home/merchantHome";
	}

	@GetMapping("/operator")
	String operatorHome(Model model) {
		model.addAttribute("overview", this.merchants.overview(10));
		return "home/operatorHome";
	}

}

package io.sellercenter.saas;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Operators' list of SaaS products whose dial tests failed five days in a row
 * (/operator/**, operators only by the security rules); a product leaves it when a day of
 * its dial tests passes.
 */
@Controller
class DialFlagController {

	private final DialTests dials;

	DialFlagController(DialTests dials) {
		this.dials = dials;
	}

	@GetMapping("/operator/saas/dial-flags")
	String flags(Model model) {
		model.addAttribute("flags", this.dials.flags());
		model.addAttribute("flagDays", DialTests.FLAG_DAYS);
		return "saas/dialFlags";
	}

}

package io.sellercenter.home;

import java.util.Locale;

import io.sellercenter.analytics.Overview;
import io.sellercenter.merchant.MerchantService;
import io.sellercenter.product.ProductAccess;
import io.sellercenter.shared.Menu;
import io.sellercenter.supervision.SupervisionService;
import io.sellercenter.ticket.TicketService;
import io.sellercenter.usage.UsageAlarms;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final MerchantService merchants;

	private final UsageAlarms alarms;

	private final ProductAccess access;

	private final TicketService tickets;

	private final SupervisionService supervision;

	private final Overview overview;

	HomeController(MerchantService merchants, UsageAlarms alarms, ProductAccess access, TicketService tickets,
			SupervisionService supervision, Overview overview) {
		this.merchants = merchants;
		this.alarms = alarms;
		this.access = access;
		this.tickets = tickets;
		this.supervision = supervision;
		this.overview = overview;
	}

	/**
	 * The merchant's home: who is signed in, the usage alarms and, for whoever holds the
	 * analytics menu (the main account always), the analytics overview with its to-dos
	 * (docs/decisions.md, "Analytics (issue 16)"); for the others the counts of their
	 * menus.
	 */
	@GetMapping("/")
	String home(CurrentUser user, Locale locale, Model model) {
		if (user.operator()) {
			return "redirect:/operator";
		}
		model.addAttribute("merchant", this.merchants.find(user.merchant()).orElseThrow(NotFoundException::new));
		if (user.has(Menu.USAGE)) {
			model.addAttribute("alarms", this.alarms.of(this.access.viewer(user)));
		}
		if (user.has(Menu.ANALYTICS)) {
			this.overview.addTo(model, user, this.access.viewer(user), locale);
			return "home/merchantHome";
		}
		if (user.has(Menu.TICKETS)) {
			model.addAttribute("ticketCounts", this.tickets.counts(this.access.viewer(user), user.userId()));
		}
		if (user.has(Menu.SUPERVISION)) {
			model.addAttribute("supervisionCounts", this.supervision.counts(this.access.viewer(user), user.userId()));
		}
		return "home/merchantHome";
	}

	@GetMapping("/operator")
	String operatorHome(Model model) {
		model.addAttribute("overview", this.merchants.overview(10));
		return "home/operatorHome";
	}

}

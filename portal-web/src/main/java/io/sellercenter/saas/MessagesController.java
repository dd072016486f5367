package io.sellercenter.saas;

import java.time.LocalDate;
import java.util.Optional;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.web.DateRange;
import io.sellercenter.web.NotFoundException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 生产接口消息: failed production calls, filterable, each with "call again". */
@Controller
@RequiresMenu(Menu.APP_TOOLS)
class MessagesController {

	private final InterfaceMessages messages;

	MessagesController(InterfaceMessages messages) {
		this.messages = messages;
	}

	@GetMapping("/saas/messages")
	String list(Viewer viewer, @RequestParam(required = false) String activity,
			@RequestParam(required = false) String state, @RequestParam(required = false) String orderId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		DateRange range = new DateRange(from, to);
		MessageFilter filter = new MessageFilter(activity, state(state), orderId, range.start(), range.end());
		model.addAttribute("page", this.messages.page(viewer, filter, PageRequest.of(page)));
		model.addAttribute("filter", filter);
		model.addAttribute("range", range);
		model.addAttribute("activities", Activity.values());
		model.addAttribute("states", ProvisionState.values());
		return "saas/messages";
	}

	@PostMapping("/saas/messages/{provisionId}/call-again")
	String callAgain(Actor actor, Viewer viewer, @PathVariable long provisionId,
			@RequestParam(required = false) String orderId, RedirectAttributes redirect) {
		Optional<SaasCaller.Result> result = this.messages.callAgain(actor, viewer, provisionId);
		if (result.isEmpty()) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("callAgain", result.get().outcome());
		redirect.addFlashAttribute("callAgainFailure", result.get().failure());
		if (orderId != null && orderId.length() <= 64) {
			redirect.addAttribute("orderId", orderId);
		}
		return "redirect:/saas/messages";
	}

	private static ProvisionState state(String state) {
		for (ProvisionState value : ProvisionState.values()) {
			if (value.name().equals(state)) {
				return value;
			}
		}
		return null;
	}

}

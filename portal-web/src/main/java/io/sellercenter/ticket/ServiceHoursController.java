package io.sellercenter.ticket;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MainAccountOnly;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The merchant's service hours: the main account's to set, as they bind every ticket's
 * first-response target (sub-users get 403).
 */
@Controller
@MainAccountOnly
class ServiceHoursController {

	private static final String PATH = "/tickets/service-hours";

	/** The zones merchants of the marketplace work in; a stored other one is kept. */
	static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Singapore", "Asia/Tokyo",
			"Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "UTC");

	private final ServiceHoursService hours;

	ServiceHoursController(ServiceHoursService hours) {
		this.hours = hours;
	}

	@GetMapping(PATH)
	String show(MerchantId merchant, Model model) {
		ServiceHoursForm form = ServiceHoursForm.of(this.hours.of(merchant));
		model.addAttribute("form", form);
		return page(form, model);
	}

	@PostMapping(PATH)
	String save(MerchantId merchant, Actor actor, @Valid @ModelAttribute("form") ServiceHoursForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ServiceHours hours = form.read(result);
		if (hours == null) {
			return page(form, model);
		}
		try {
			this.hours.save(merchant, hours, actor);
		}
		catch (ServiceHoursRejected ex) {
			ServiceHoursForm.reject(result, ex.problems());
			return page(form, model);
		}
		redirect.addFlashAttribute("message", "serviceHours.saved");
		return "redirect:" + PATH;
	}

	private static String page(ServiceHoursForm form, Model model) {
		List<String> zones = new ArrayList<>(ZONES);
		if (form.zone() != null && !zones.contains(form.zone()) && ServiceHoursRules.zone(form.zone()) != null) {
			zones.add(form.zone());
		}
		model.addAttribute("zones", zones);
		model.addAttribute("allDays", DayOfWeek.values());
		return "tickets/serviceHours";
	}

}

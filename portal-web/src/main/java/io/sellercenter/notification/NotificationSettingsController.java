package io.sellercenter.notification;

import jakarta.validation.Valid;

import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Which events reach the merchant on which channel: the main account's to choose
 * (sub-users get 403; operators have no merchant and no settings).
 */
@Controller
class NotificationSettingsController {

	private static final String VIEW = "notifications/notificationSettings";

	private final NotificationSettingsService settings;

	NotificationSettingsController(NotificationSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping("/notifications/settings")
	String show(CurrentUser user, Model model) {
		requireMainAccount(user);
		model.addAttribute("form", SettingsForm.of(this.settings.find(user.merchant())));
		return table(model);
	}

	@PostMapping("/notifications/settings")
	String save(CurrentUser user, Actor actor, @Valid @ModelAttribute("form") SettingsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		requireMainAccount(user);
		if (!result.hasFieldErrors("language") && !form.knownLanguage()) {
			result.rejectValue("language", "notification.settings.languageRequired");
		}
		if (result.hasErrors()) {
			return table(model);
		}
		this.settings.save(user.merchant(), form.toSettings(), actor);
		redirect.addFlashAttribute("message", "notification.settings.saved");
		return "redirect:/notifications/settings";
	}

	private static String table(Model model) {
		model.addAttribute("events", NotificationEvent.merchantEvents());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("languages", NotificationLanguage.values());
		return VIEW;
	}

	private static void requireMainAccount(CurrentUser user) {
		if (!user.mainAccount()) {
			throw new AccessDeniedException("notification settings are the main account's");
		}
	}

}

package io.sellercenter.user;

import io.sellercenter.shared.Actor;
import jakarta.validation.Valid;

import io.sellercenter.session.SessionLinks;
import io.sellercenter.shared.MainAccountOnly;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 子用户管理: the main account's pages; sub-users never manage sub-users. */
@Controller
@MainAccountOnly
class SubUserController {

	private final SubUserService subUsers;

	private final SessionLinks sessions;

	SubUserController(SubUserService subUsers, SessionLinks sessions) {
		this.subUsers = subUsers;
		this.sessions = sessions;
	}

	@GetMapping("/sub-users")
	String list(MerchantId merchant, Model model) {
		model.addAttribute("users", this.subUsers.list(merchant));
		model.addAttribute("groups", this.subUsers.groups(merchant));
		return "subusers/subUserList";
	}

	@GetMapping("/sub-users/new")
	String newForm(MerchantId merchant, Model model) {
		model.addAttribute("form", SubUserForm.empty());
		return form(merchant, model, null);
	}

	@PostMapping("/sub-users")
	String register(Actor actor, MerchantId merchant, @Valid @ModelAttribute("form") SubUserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(merchant, model, null);
		}
		try {
			this.subUsers.register(merchant, form.userName(), form.displayName(), form.groups(), actor);
		}
		catch (SubUserRejected ex) {
			result.rejectValue("userName", ex.code());
			return form(merchant, model, null);
		}
		redirect.addFlashAttribute("message", "subUsers.registered");
		return "redirect:/sub-users";
	}

	@GetMapping("/sub-users/{userId}")
	String edit(MerchantId merchant, @PathVariable long userId, Model model) {
		SubUser subUser = find(merchant, userId);
		model.addAttribute("form", new SubUserForm(subUser.userName(), subUser.displayName(),
				subUser.groups().stream().map(PermissionGroup::id).collect(java.util.stream.Collectors.toSet())));
		model.addAttribute("sessions", this.sessions.sessionsOf(userId, null));
		return form(merchant, model, subUser);
	}

	@PostMapping("/sub-users/{userId}")
	String update(Actor actor, MerchantId merchant, @PathVariable long userId,
			@Valid @ModelAttribute("form") SubUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		SubUser subUser = find(merchant, userId);
		if (result.hasErrors()) {
			model.addAttribute("sessions", this.sessions.sessionsOf(userId, null));
			return form(merchant, model, subUser);
		}
		try {
			this.subUsers.update(merchant, userId, form.displayName(), form.groups(), actor);
		}
		catch (SubUserRejected ex) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("message", "subUsers.saved");
		return "redirect:/sub-users";
	}

	@PostMapping("/sub-users/{userId}/disable")
	String disable(Actor actor, MerchantId merchant, @PathVariable long userId, RedirectAttributes redirect) {
		find(merchant, userId);
		this.subUsers.setEnabled(merchant, userId, false, actor);
		redirect.addFlashAttribute("message", "subUsers.disabled");
		return "redirect:/sub-users";
	}

	@PostMapping("/sub-users/{userId}/enable")
	String enable(Actor actor, MerchantId merchant, @PathVariable long userId, RedirectAttributes redirect) {
		find(merchant, userId);
		this.subUsers.setEnabled(merchant, userId, true, actor);
		redirect.addFlashAttribute("message", "subUsers.enabled");
		return "redirect:/sub-users";
	}

	@PostMapping("/sub-users/{userId}/remove")
	String remove(Actor actor, MerchantId merchant, @PathVariable long userId, RedirectAttributes redirect) {
		find(merchant, userId);
		this.subUsers.remove(merchant, userId, actor);
		redirect.addFlashAttribute("message", "subUsers.removed");
		return "redirect:/sub-users";
	}

	@PostMapping("/sub-users/{userId}/sessions/end")
	String endSessions(Actor actor, MerchantId merchant, @PathVariable long userId, RedirectAttributes redirect) {
		SubUser subUser = find(merchant, userId);
		int ended = this.sessions.endAll(userId);
		this.subUsers.recordSessionsEnded(merchant, subUser, ended, actor);
		redirect.addFlashAttribute("message", "subUsers.sessionsEnded");
		return "redirect:/sub-users/" + userId;
	}

	private SubUser find(MerchantId merchant, long userId) {
		try {
			return this.subUsers.find(merchant, userId);
		}
		catch (SubUserRejected ex) {
			throw new NotFoundException();
		}
	}

	private String form(MerchantId merchant, Model model, SubUser subUser) {
		model.addAttribute("groups", this.subUsers.groups(merchant));
		model.addAttribute("subUser", subUser);
		return "subusers/subUserForm";
	}

}

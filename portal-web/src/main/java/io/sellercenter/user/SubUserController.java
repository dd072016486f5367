package io.sellercenter.user;

import io.sellercenter.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.sellercenter.session.SessionLinks;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.MainAccountOnly;
import io.sellercenter.web.NotFoundException;
import io.sellercenter.web.Requests;

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
	String register(CurrentUser user, MerchantId merchant, @Valid @ModelAttribute("form") SubUserForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(merchant, model, null);
		}
		try {
			this.subUsers.register(merchant, form.userName(), form.displayName(), form.groups(),
					user.actor(Requests.clientIp(request)));
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
	String update(CurrentUser user, MerchantId merchant, @PathVariable long userId,
			@Valid @ModelAttribute("form") SubUserForm form, BindingResult result, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		SubUser subUser = find(merchant, userId);
		if (result.hasErrors()) {
			model.addAttribute("sessions", this.sessions.sessionsOf(userId, null));
			return form(merchant, model, subUser);
		}
		try {
			this.subUsers.update(merchant, userId, form.displayName(), form.groups(),
					user.actor(Requests.clientIp(request)));
		}
		catch (SubUserRejected ex) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("message", "subUsers.saved");
		return "redirect:/sub-users";
	}

	@PostMapping("/sub-users/{userId}/disable")
	String disable(CurrentUser user, MerchantId merchant, @PathVariable long userId, HttpServletRequest request,
			RedirectAttributes redirect) {
		find(merchant, userId);
		this.subUsers.setEnabled(merchant, userId, false, user.actor(Requests.clientIp(request)));
		redirect.addFlashAttribute("message", "subUsers.disabled");
		return "redirect:/sub-users";
	}

	@PostMapping("/sub-users/{userId}/enable")
	String enable(CurrentUser user, MerchantId merchant, @PathVariable long userId, HttpServletRequest request,
			RedirectAttributes redirect) {
		find(merchant, userId);
		this.subUsers.setEnabled(merchant, userId, true, user.actor(Requests.clientIp(request)));
		redirect.addFlashAttribute("message", "subUsers.enabled");
		return "redirect:/sub-users";
	}

	@PostMapping("/sub-users/{userId}/remove")
	String remove(CurrentUser user, MerchantId merchant, @PathVariable long userId, HttpServletRequest request,
			RedirectAttributes redirect) {
		find(merchant, userId);
		this.subUsers.remove(merchant, userId, user.actor(Requests.clientIp(request)));
		redirect.addFlashAttribute("message", "subUsers.removed");
		return "redirect:/sub-users";
	}

	@PostMapping("/sub-users/{userId}/sessions/end")
	String endSessions(CurrentUser user, MerchantId merchant, @PathVariable long userId, HttpServletRequest request,
			RedirectAttributes redirect) {
		SubUser subUser = find(merchant, userId);
		int ended = this.sessions.endAll(userId);
		this.subUsers.recordSessionsEnded(merchant, subUser, ended, user.actor(Requests.clientIp(request)));
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

package io.sellercenter.user;

import io.sellercenter.shared.Actor;
import io.sellercenter.shared.Menu;
import jakarta.validation.Valid;

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

/** Permission groups (权限组) of the merchant: which menus their sub-users have. */
@Controller
@MainAccountOnly
class GroupController {

	private final SubUserService subUsers;

	GroupController(SubUserService subUsers) {
		this.subUsers = subUsers;
	}

	@GetMapping("/sub-users/groups/new")
	String newForm(Model model) {
		model.addAttribute("form", GroupForm.empty());
		return form(model, null);
	}

	@PostMapping("/sub-users/groups")
	String create(Actor actor, MerchantId merchant, @Valid @ModelAttribute("form") GroupForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			this.subUsers.createGroup(merchant, form.name(), form.menuSet(), actor);
		}
		catch (SubUserRejected ex) {
			result.rejectValue("name", ex.code());
			return form(model, null);
		}
		redirect.addFlashAttribute("message", "groups.saved");
		return "redirect:/sub-users";
	}

	@GetMapping("/sub-users/groups/{groupId}")
	String edit(MerchantId merchant, @PathVariable long groupId, Model model) {
		PermissionGroup group = find(merchant, groupId);
		model.addAttribute("form", new GroupForm(group.name(), group.menuSet()));
		return form(model, group);
	}

	@PostMapping("/sub-users/groups/{groupId}")
	String update(Actor actor, MerchantId merchant, @PathVariable long groupId,
			@Valid @ModelAttribute("form") GroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PermissionGroup group = find(merchant, groupId);
		if (result.hasErrors()) {
			return form(model, group);
		}
		try {
			this.subUsers.updateGroup(merchant, groupId, form.name(), form.menuSet(), actor);
		}
		catch (SubUserRejected ex) {
			result.rejectValue("name", ex.code());
			return form(model, group);
		}
		redirect.addFlashAttribute("message", "groups.saved");
		return "redirect:/sub-users";
	}

	@PostMapping("/sub-users/groups/{groupId}/delete")
	String delete(Actor actor, MerchantId merchant, @PathVariable long groupId, RedirectAttributes redirect) {
		find(merchant, groupId);
		this.subUsers.deleteGroup(merchant, groupId, actor);
		redirect.addFlashAttribute("message", "groups.deleted");
		return "redirect:/sub-users";
	}

	private PermissionGroup find(MerchantId merchant, long groupId) {
		try {
			return this.subUsers.group(merchant, groupId);
		}
		catch (SubUserRejected ex) {
			throw new NotFoundException();
		}
	}

	private String form(Model model, PermissionGroup group) {
		model.addAttribute("group", group);
		model.addAttribute("allMenus", Menu.values());
		return "subusers/groupForm";
	}

}

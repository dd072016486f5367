package io.sellercenter.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The pages around signing in and out, reachable without a session. */
@Controller
class SignInPageController {

	private final SignInProperties signIn;

	private final RefusedSignIns refusals;

	SignInPageController(SignInProperties signIn, RefusedSignIns refusals) {
		this.signIn = signIn;
		this.refusals = refusals;
	}

	@GetMapping("/login")
	String login(Authentication authentication, HttpServletRequest request, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		model.addAttribute("asksForAccount", this.signIn.asksForAccount());
		return refusalPage("auth/login", request, model);
	}

	/**
	 * The provider comes back here after sign-out; after "sign in as another user" it
	 * carries that state and the browser goes on to the sign-in page.
	 */
	@GetMapping("/logged-out")
	String loggedOut(@RequestParam(required = false) String state) {
		return SwitchAccountController.STATE.equals(state) ? "redirect:/login?switched" : "auth/loggedOut";
	}

	@GetMapping("/access/not-registered")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notRegistered(HttpServletRequest request, Model model) {
		return refusalPage("auth/notRegistered", request, model);
	}

	@GetMapping("/access/disabled")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String disabled(HttpServletRequest request, Model model) {
		return refusalPage("auth/disabled", request, model);
	}

	/** A page that offers "sign in as another user" while a refusal is fresh. */
	private String refusalPage(String view, HttpServletRequest request, Model model) {
		model.addAttribute("canSwitchAccount", this.refusals.held(request));
		return view;
	}

}

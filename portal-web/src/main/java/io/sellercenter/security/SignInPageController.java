package io.sellercenter.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The pages around signing in and out, reachable without a session. */
@Controller
class SignInPageController {

	@GetMapping("/login")
	String login(Authentication authentication) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		return "auth/login";
	}

	@GetMapping("/logged-out")
	String loggedOut() {
		return "auth/loggedOut";
	}

	@GetMapping("/access/not-registered")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notRegistered() {
		return "auth/notRegistered";
	}

	@GetMapping("/access/disabled")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String disabled() {
		return "auth/disabled";
	}

}

package io.sellercenter.security;

import io.sellercenter.shared.CurrentUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's layout shows who is signed in (and in which merchant) as {@code me}. */
@ControllerAdvice
class CurrentUserModel {

	@ModelAttribute("me")
	CurrentUser me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof PortalOidcUser principal)
				? principal.portalUser() : null;
	}

}

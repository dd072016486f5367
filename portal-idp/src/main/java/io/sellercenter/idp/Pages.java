package io.sellercenter.idp;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.servlet.function.RenderingResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Handlers of the provider's pages. Functional endpoints rather than a
 * {@code @Controller}, so that the portal's component scan finds nothing here.
 */
class Pages {

	private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

	private final List<IdpProperties.User> demoUsers;

	Pages(List<IdpProperties.User> demoUsers) {
		this.demoUsers = demoUsers;
	}

	ServerResponse login(ServerRequest request) {
		RenderingResponse.Builder page = RenderingResponse.create("login")
			.modelAttribute("error", request.param("error").isPresent())
			.modelAttribute("loggedOut", request.param("logout").isPresent())
			.modelAttribute("demoUsers", this.demoUsers);
		String loginHint = loginHint(request.servletRequest());
		if (loginHint != null) {
			page.modelAttribute("loginHint", loginHint);
		}
		return page.build();
	}

	ServerResponse home(ServerRequest request) {
		IdpPrincipal principal = (IdpPrincipal) ((Authentication) request.principal().orElseThrow()).getPrincipal();
		return RenderingResponse.create("home").modelAttribute("user", principal.user()).build();
	}

	/**
	 * The portal asks for IAM user sign-in by sending {@code login_hint=<account>} with
	 * the authorization request, which Spring Security saved when it sent the browser
	 * here.
	 */
	private @Nullable String loginHint(HttpServletRequest request) {
		// The cache only reads the session; it never touches the response.
		SavedRequest saved = this.savedRequests.getRequest(request, null);
		String[] hint = (saved != null) ? saved.getParameterValues("login_hint") : null;
		return (hint != null && hint.length > 0 && !hint[0].isBlank()) ? hint[0].trim() : null;
	}

}

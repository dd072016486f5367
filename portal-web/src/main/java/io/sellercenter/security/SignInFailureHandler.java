package io.sellercenter.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused sign-in gets a page that says why: a sub-user whom the main account has not
 * registered (or has disabled) is told to ask the main account; anything else goes back
 * to the sign-in page with an error.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String code = (exception instanceof OAuth2AuthenticationException oauth2) ? oauth2.getError().getErrorCode()
				: "";
		String target = switch (code) {
			case PortalOidcUserService.NOT_REGISTERED -> "/access/not-registered";
			case PortalOidcUserService.DISABLED -> "/access/disabled";
			default -> "/login?error";
		};
		response.sendRedirect(request.getContextPath() + target);
	}

}

package io.sellercenter.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused sign-in gets a page that says why: a sub-user whom the main account has not
 * registered (or has disabled) is told to ask the main account; anything else goes back
 * to the sign-in page with an error. The refusal is logged with its reason (never with a
 * token), and a refused ID token is kept so that the page can offer "sign in as another
 * user".
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

	private final RefusedSignIns refusals;

	SignInFailureHandler(RefusedSignIns refusals) {
		this.refusals = refusals;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String code = (exception instanceof OAuth2AuthenticationException oauth2) ? oauth2.getError().getErrorCode()
				: "";
		if (exception instanceof SignInRefused refused) {
			log.info("Sign-in refused: {}", refused.summary());
			this.refusals.keep(request, refused.idToken());
		}
		else {
			// The code only: descriptions of token errors may quote what the provider
			// sent.
			log.info("Sign-in failed: {} ({})", code.isEmpty() ? "-" : code, exception.getClass().getSimpleName());
		}
		String target = switch (code) {
			case PortalOidcUserService.NOT_REGISTERED -> "/access/not-registered";
			case PortalOidcUserService.DISABLED -> "/access/disabled";
			default -> "/login?error";
		};
		response.sendRedirect(request.getContextPath() + target);
	}

}

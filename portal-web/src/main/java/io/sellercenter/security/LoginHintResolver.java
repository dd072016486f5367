package io.sellercenter.security;

import java.util.regex.Pattern;

import io.sellercenter.shared.TextRules;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * IAM user sign-in: the account name typed on the portal's sign-in page goes to the
 * provider as {@code login_hint}, so its login page asks for the user of that account.
 * Anything that is not a plausible account name is dropped rather than passed on.
 */
class LoginHintResolver implements OAuth2AuthorizationRequestResolver {

	/** Spring Security's default; the sign-in page links to it. */
	static final String AUTHORIZATION_BASE_URI = "/oauth2/authorization";

	private static final Pattern ACCOUNT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}+");

	private final DefaultOAuth2AuthorizationRequestResolver delegate;

	LoginHintResolver(ClientRegistrationRepository registrations) {
		this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE_URI);
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		return withHint(this.delegate.resolve(request), request);
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
		return withHint(this.delegate.resolve(request, clientRegistrationId), request);
	}

	private static OAuth2AuthorizationRequest withHint(OAuth2AuthorizationRequest authorization,
			HttpServletRequest request) {
		String hint = request.getParameter("login_hint");
		if (authorization == null || hint == null || !TextRules.matches(ACCOUNT_NAME, hint.trim(), 64)) {
			return authorization;
		}
		return OAuth2AuthorizationRequest.from(authorization)
			.additionalParameters((parameters) -> parameters.put("login_hint", hint.trim()))
			.build();
	}

}

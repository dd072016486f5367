package io.sellercenter.security;

import java.util.regex.Pattern;

import io.sellercenter.shared.TextRules;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * IAM user sign-in: the account name typed on the portal's sign-in page (the request
 * parameter {@code account}) goes to the provider the way {@link SignInProperties} says,
 * so its sign-in page asks for a user of that account; or not at all. Anything that is
 * not a plausible account name is dropped rather than passed on.
 */
class AccountHintResolver implements OAuth2AuthorizationRequestResolver {

	/** Spring Security's default; the sign-in page links to it. */
	static final String AUTHORIZATION_BASE_URI = "/oauth2/authorization";

	/** The sign-in page's field. */
	static final String ACCOUNT = "account";

	private static final Pattern ACCOUNT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}+");

	private final DefaultOAuth2AuthorizationRequestResolver delegate;

	private final String parameter;

	AccountHintResolver(ClientRegistrationRepository registrations, SignInProperties signIn) {
		this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE_URI);
		this.parameter = signIn.parameterName();
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		return withAccount(this.delegate.resolve(request), request);
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
		return withAccount(this.delegate.resolve(request, clientRegistrationId), request);
	}

	private OAuth2AuthorizationRequest withAccount(OAuth2AuthorizationRequest authorization,
			HttpServletRequest request) {
		String account = request.getParameter(ACCOUNT);
		if (authorization == null || this.parameter == null || account == null
				|| !TextRules.matches(ACCOUNT_NAME, account.trim(), 64)) {
			return authorization;
		}
		return OAuth2AuthorizationRequest.from(authorization)
			.additionalParameters((parameters) -> parameters.put(this.parameter, account.trim()))
			.build();
	}

}

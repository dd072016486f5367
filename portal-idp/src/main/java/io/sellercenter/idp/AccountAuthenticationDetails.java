package io.sellercenter.idp;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Carries the "account name" field of the sign-in form to the authentication provider.
 */
class AccountAuthenticationDetails extends WebAuthenticationDetails {

	static final String ACCOUNT_PARAMETER = "account";

	private final @Nullable String account;

	AccountAuthenticationDetails(HttpServletRequest request) {
		super(request);
		this.account = request.getParameter(ACCOUNT_PARAMETER);
	}

	@Nullable String account() {
		return this.account;
	}

}

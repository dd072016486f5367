package io.sellercenter.security;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.sign-in.*}: how the account name typed for IAM user sign-in reaches the
 * provider. Providers differ: the development provider reads {@code login_hint} as the
 * account (its IAM sign-in asks for the user of that account), while OIDC Core means
 * {@code login_hint} as the user's own login name, which a standard provider such as
 * Keycloak puts into its user name field.
 *
 * @param accountHint {@code login-hint}: send the account as {@code login_hint} (the
 * development provider); {@code none}: send no account and do not ask for one (providers
 * whose own sign-in page tells IAM users apart); {@code parameter}: send it as the extra
 * authorization parameter {@code accountParameter}
 * @param accountParameter the parameter's name when {@code accountHint} is
 * {@code parameter}
 */
@ConfigurationProperties("portal.sign-in")
record SignInProperties(@DefaultValue("login-hint") AccountHint accountHint, String accountParameter) {

	private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

	/**
	 * Parameters the portal's authorization request sets itself, or that change its
	 * meaning.
	 */
	private static final Set<String> RESERVED = Set.of("response_type", "client_id", "redirect_uri", "scope", "state",
			"nonce", "code_challenge", "code_challenge_method", "response_mode", "request", "request_uri", "prompt",
			"max_age", "claims", "id_token_hint");

	SignInProperties {
		boolean named = accountParameter != null && !accountParameter.isBlank();
		if (accountHint == AccountHint.PARAMETER) {
			if (!named || !PARAMETER_NAME.matcher(accountParameter.trim()).matches()) {
				throw new IllegalArgumentException("PORTAL_SIGN_IN_ACCOUNT_HINT=parameter needs "
						+ "PORTAL_SIGN_IN_ACCOUNT_PARAMETER, the name of the authorization parameter that carries "
						+ "the account (letters, digits, _ . -; at most 64)");
			}
			if (RESERVED.contains(accountParameter.trim().toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException("PORTAL_SIGN_IN_ACCOUNT_PARAMETER may not be '"
						+ accountParameter.trim() + "': the portal's authorization request sets it itself");
			}
			accountParameter = accountParameter.trim();
		}
		else if (named) {
			throw new IllegalArgumentException("PORTAL_SIGN_IN_ACCOUNT_PARAMETER is set, but it is used only with "
					+ "PORTAL_SIGN_IN_ACCOUNT_HINT=parameter (now "
					+ accountHint.name().toLowerCase(Locale.ROOT).replace('_', '-') + ")");
		}
	}

	/** Whether the sign-in page asks IAM users for their account. */
	boolean asksForAccount() {
		return this.accountHint != AccountHint.NONE;
	}

	/** The authorization parameter that carries the account; null when none does. */
	String parameterName() {
		return switch (this.accountHint) {
			case LOGIN_HINT -> "login_hint";
			case PARAMETER -> this.accountParameter;
			case NONE -> null;
		};
	}

	enum AccountHint {

		/** As {@code login_hint}: the development provider's way. */
		LOGIN_HINT,
		/** Not at all: the provider's own sign-in page takes IAM users. */
		NONE,
		/** As an extra authorization parameter of the provider's choosing. */
		PARAMETER

	}

}

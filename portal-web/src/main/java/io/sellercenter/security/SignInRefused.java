package io.sellercenter.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A sign-in the portal refuses after the provider has signed the person in. It carries
 * what the log says about it and the refused ID token, which the failure handler keeps so
 * that "sign in as another user" can end the provider's session. The token is transient
 * and in no message, so it reaches neither a log nor a serialized exception.
 */
class SignInRefused extends OAuth2AuthenticationException {

	private final String summary;

	private final transient String idToken;

	SignInRefused(String errorCode, String summary, String idToken) {
		super(new OAuth2Error(errorCode));
		this.summary = summary;
		this.idToken = idToken;
	}

	/** Reason and who, for the log. */
	String summary() {
		return this.summary;
	}

	String idToken() {
		return this.idToken;
	}

}

package io.sellercenter.idp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The OIDC {@code sid} of a provider session. Spring Authorization Server computes it
 * this way ({@code OAuth2AuthorizationCodeAuthenticationProvider#createHash}) so that the
 * servlet session id never leaves the provider; we compute it again at logout.
 */
final class SessionIds {

	private SessionIds() {
	}

	static String sid(String httpSessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(httpSessionId.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
	}

}

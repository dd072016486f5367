package io.sellercenter.saas;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The order query signed as a merchant's server would sign it, written apart from the
 * portal's code: base64(HMAC-SHA256(secret, "ts={ts}&nonce={nonce}&body={raw query
 * string}")).
 */
final class OrderQueryClient {

	private final String keyId;

	private final String secret;

	OrderQueryClient(String keyId, String secret) {
		this.keyId = keyId;
		this.secret = secret;
	}

	/** The headers for this raw query string, signed now with a fresh nonce. */
	SignedQuery sign(String query) {
		return sign(query, System.currentTimeMillis(), UUID.randomUUID().toString());
	}

	SignedQuery sign(String query, long ts, String nonce) {
		return new SignedQuery(this.keyId, String.valueOf(ts), nonce, signature(this.secret, ts, nonce, query), query);
	}

	static String signature(String secret, long ts, String nonce, String query) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac
				.doFinal(("ts=" + ts + "&nonce=" + nonce + "&body=" + query).getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record SignedQuery(String accessKey, String ts, String nonce, String signature, String query) {

		SignedQuery withQuery(String other) {
			return new SignedQuery(this.accessKey, this.ts, this.nonce, this.signature, other);
		}

	}

}

package io.sellercenter.usage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The push API's signature: base64(HMAC-SHA256(secret, "ts={ts}&nonce={nonce}&body={raw
 * body}")), compared in constant time.
 */
final class PushSignature {

	private PushSignature() {
	}

	static String sign(String secret, String ts, String nonce, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(("ts=" + ts + "&nonce=" + nonce + "&body=").getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean matches(String secret, String ts, String nonce, byte[] body, String signature) {
		byte[] expected = sign(secret, ts, nonce, body).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.US_ASCII));
	}

}

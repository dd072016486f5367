package io.sellercenter.idp.merchant;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** What a correctly signed call carries, under each contract, for one key. */
final class Signatures {

	private Signatures() {
	}

	/**
	 * V2:
	 * {@code hex(HMAC-SHA256(secret, accessKey + nonce + timestamp + hex(HMAC-SHA256(secret,
	 * body))))}, both hex in lower case.
	 */
	static String v2(String accessKey, String secret, String nonce, String timestamp, byte[] body) {
		String bodyHash = HexFormat.of().formatHex(hmac(utf8(secret), body));
		return HexFormat.of().formatHex(hmac(utf8(secret), utf8(accessKey + nonce + timestamp + bodyHash)));
	}

	/**
	 * V1: {@code base64(HMAC-SHA256(key = secret + timeStamp, data = the other parameters
	 * sorted by name as k=v joined with &))}. The contract writes the key as "accessKey +
	 * timeStamp"; in the legacy interface that "access key" is the merchant's key itself,
	 * the secret shared with the marketplace (the call does not carry an access key at
	 * all, and a key anyone can read off the URL would sign nothing). So the secret it
	 * is.
	 * @param parameters every query parameter but {@code authToken}, decoded
	 */
	static String v1(String secret, String timeStamp, Map<String, String> parameters) {
		String data = new TreeMap<>(parameters).entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining("&"));
		return Base64.getEncoder().encodeToString(hmac(utf8(secret + timeStamp), utf8(data)));
	}

	private static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

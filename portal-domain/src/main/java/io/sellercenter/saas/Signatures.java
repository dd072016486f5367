package io.sellercenter.saas;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signatures of the two contracts, as the marketplace documents them.
 * <ul>
 * <li>V2: {@code hex(HMAC-SHA256(secret, accessKey + nonce + timestamp +
 * hex(HMAC-SHA256(secret, body))))}, lowercase hex.</li>
 * <li>V1: {@code base64(HMAC-SHA256(key = secret + timeStamp, the parameters other than
 * authToken sorted by name as k=v joined with &))}. The documentation calls the key
 * "accessKey"; for V1 that is the merchant's secret key (the contract has no key
 * id).</li>
 * </ul>
 */
public final class Signatures {

	private Signatures() {
	}

	public static String v2(String accessKey, String secret, String nonce, String timestamp, byte[] body) {
		String bodySign = HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), body));
		byte[] data = (accessKey + nonce + timestamp + bodySign).getBytes(StandardCharsets.UTF_8);
		return HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), data));
	}

	public static String v1(String secret, String timeStamp, Map<String, String> parameters) {
		String data = new TreeMap<>(parameters).entrySet()
			.stream()
			.filter((entry) -> !"authToken".equals(entry.getKey()))
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining("&"));
		byte[] key = (secret + timeStamp).getBytes(StandardCharsets.UTF_8);
		return Base64.getEncoder().encodeToString(hmac(key, data.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

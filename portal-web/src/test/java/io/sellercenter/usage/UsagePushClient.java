package io.sellercenter.usage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A complete client of the usage push API, as a merchant's server would write it
 * (docs/usage-push.md shows it): sign "ts={ts}&nonce={nonce}&body={body}" with
 * HMAC-SHA256 and the key's secret, send the four headers with the JSON body. The tests
 * use it, so the documented example cannot rot.
 */
public final class UsagePushClient {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final URI endpoint;

	private final String keyId;

	private final String secret;

	public UsagePushClient(URI portal, String keyId, String secret) {
		this.endpoint = portal.resolve("/api/v1/isv/usage-data");
		this.keyId = keyId;
		this.secret = secret;
	}

	/** The headers of one push of this body, signed now with a fresh nonce. */
	public SignedPush sign(String body) {
		return sign(body, System.currentTimeMillis(), UUID.randomUUID().toString());
	}

	public SignedPush sign(String body, long ts, String nonce) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac
				.doFinal(("ts=" + ts + "&nonce=" + nonce + "&body=" + body).getBytes(StandardCharsets.UTF_8));
			return new SignedPush(this.keyId, String.valueOf(ts), nonce, Base64.getEncoder().encodeToString(digest),
					body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends a signed push; the answer's body is {"error_code": ..., "error_msg": ...}.
	 */
	public HttpResponse<String> send(String body) throws Exception {
		SignedPush push = sign(body);
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			// A hung push must not hold the sender forever: it times out and is sent
			// again (with a new nonce; metering_sn keeps it from counting twice).
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("access-key", push.accessKey())
			.header("ts", push.ts())
			.header("nonce", push.nonce())
			.header("signature", push.signature())
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	public record SignedPush(String accessKey, String ts, String nonce, String signature, String body) {
	}

}

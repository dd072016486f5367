package io.sellercenter.idp;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the demo merchant server as the marketplace would, signing with code of its own
 * (plain {@code javax.crypto}), so the tests check the server against the contract and
 * not against itself.
 */
final class DemoMerchantCaller {

	static final DateTimeFormatter V1_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	DemoMerchantCaller(String base) {
		this.base = base;
	}

	/** V2: hex(HMAC(secret, accessKey + nonce + timestamp + hex(HMAC(secret, body)))). */
	static String v2Signature(String accessKey, String secret, String nonce, String timestamp, String body) {
		String bodyHash = HexFormat.of().formatHex(hmac(secret, body));
		return HexFormat.of().formatHex(hmac(secret, accessKey + nonce + timestamp + bodyHash));
	}

	/** V1: base64(HMAC(secret + timeStamp, the other parameters sorted as k=v&...)). */
	static String v1Token(String secret, Map<String, String> parameters) {
		String data = new TreeMap<>(parameters).entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining("&"));
		return Base64.getEncoder().encodeToString(hmac(secret + parameters.get("timeStamp"), data));
	}

	/** A V2 call signed now with the key, the body sent as given. */
	HttpResponse<String> v2(String accessKey, String secret, Map<String, String> body) {
		String json = JSON.writeValueAsString(body);
		String timestamp = String.valueOf(Instant.now().toEpochMilli());
		String nonce = UUID.randomUUID().toString();
		return v2Raw(json, v2Signature(accessKey, secret, nonce, timestamp, json), timestamp, nonce);
	}

	HttpResponse<String> v2Raw(String body, String signature, String timestamp, String nonce) {
		return v2Raw(body, signature, timestamp, nonce, "application/json");
	}

	HttpResponse<String> v2Raw(String body, String signature, String timestamp, String nonce, String contentType) {
		URI uri = URI.create(this.base + "/?signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + nonce);
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A V1 call signed now with the secret. */
	HttpResponse<String> v1(String secret, Map<String, String> parameters) {
		Map<String, String> signed = new LinkedHashMap<>(parameters);
		signed.put("timeStamp", V1_TIME.format(Instant.now()));
		return v1Raw(signed, v1Token(secret, signed));
	}

	HttpResponse<String> v1Raw(Map<String, String> signed, String authToken) {
		Map<String, String> query = new LinkedHashMap<>(signed);
		query.put("authToken", authToken);
		String encoded = query.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + "/?" + encoded)).GET());
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> json(HttpResponse<String> response) {
		return JSON.readValue(response.body(), Map.class);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static byte[] hmac(String key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

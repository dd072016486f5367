package io.sellercenter.saas;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * One call to a merchant's address, signed as its contract requires. {@code shownUrl} is
 * the address without the signature, as calls are kept; {@code curl} reproduces the call
 * exactly (within the merchant's 60-second window) and carries no secret.
 */
public record SignedRequest(Activity activity, Map<String, String> fields, String method, URI uri, String shownUrl,
		byte[] body, String curl) {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final DateTimeFormatter V1_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

	/**
	 * @param fields the activity's parameters, in the order to send them
	 */
	static SignedRequest build(String address, Contract contract, String accessKey, String secret, Activity activity,
			Map<String, String> fields, boolean test, Instant now) {
		String base = address.endsWith("/") ? address : address + "/";
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("activity", activity.wireName());
		parameters.putAll(fields);
		if (contract == Contract.V2 && activity == Activity.EXPIRE_INSTANCE) {
			// V2 has no expiry of its own: an expired instance is frozen.
			parameters.put("activity", Activity.UPDATE_INSTANCE_STATUS.wireName());
			parameters.put("instanceStatus", "FREEZE");
		}
		if (test) {
			parameters.put("testFlag", "1");
		}
		if (contract == Contract.V2) {
			byte[] body = JSON.writeValueAsBytes(parameters);
			String nonce = nonce();
			String timestamp = Long.toString(now.toEpochMilli());
			String signature = Signatures.v2(accessKey, secret, nonce, timestamp, body);
			URI uri = URI.create(base + "?signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + nonce);
			String shown = base + "?timestamp=" + timestamp + "&nonce=" + nonce;
			String curl = "curl -sS -X POST '" + uri + "' -H 'Content-Type: application/json' --data-raw '"
					+ new String(body, StandardCharsets.UTF_8).replace("'", "'\\''") + "'";
			return new SignedRequest(activity, parameters, "POST", uri, shown, body, curl);
		}
		parameters.put("timeStamp", V1_TIME.format(now));
		String query = query(parameters);
		String authToken = Signatures.v1(secret, parameters.get("timeStamp"), parameters);
		URI uri = URI.create(base + "?" + query + "&authToken=" + encode(authToken));
		return new SignedRequest(activity, parameters, "GET", uri, base + "?" + query, null, "curl -sS '" + uri + "'");
	}

	private static String query(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String nonce() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** The body as text, for the call record and the debug page; null for GET. */
	public String bodyText() {
		return (this.body == null) ? null : new String(this.body, StandardCharsets.UTF_8);
	}

}

package io.sellercenter.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.sellercenter.order.OrderRejected;
import io.sellercenter.order.Violation;
import io.sellercenter.web.MachineApi;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON of the platform API: answers, error bodies, and the digest of a request. */
final class PlatformJson {

	/**
	 * Keys sorted at every level, so a digest does not depend on how a caller orders
	 * them.
	 */
	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Bodies are read with the API's bounds on size, nesting, numbers and strings. */
	private static final JsonMapper READER = MachineApi.PLATFORM.jsonMapper().build();

	private PlatformJson() {
	}

	/**
	 * A request body as a tree; anything that is not JSON within the API's bounds is a
	 * 400 on the body.
	 */
	static JsonNode read(byte[] body) {
		try {
			return READER.readTree(body);
		}
		catch (StreamConstraintsException ex) {
			throw new OrderRejected(OrderRejected.Reason.INVALID, List.of(new Violation("",
					"the body exceeds the API's limits (nesting, or the length of a number, a string or a name)")));
		}
		catch (JacksonException ex) {
			throw new OrderRejected(OrderRejected.Reason.INVALID,
					List.of(new Violation("", "the body is not valid JSON")));
		}
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	static String errors(List<Violation> violations) {
		return write(Map.of("errors",
				violations.stream().map((v) -> Map.of("field", v.field(), "message", v.message())).toList()));
	}

	/**
	 * SHA-256 of what makes a call this call: its kind, its target (the path's id) and
	 * its body with keys in order.
	 */
	static String digest(String kind, String target, JsonNode body) {
		Object tree = CANONICAL.treeToValue(body, Object.class);
		String canonical = kind + "\n" + target + "\n" + CANONICAL.writeValueAsString(tree);
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A time of ours (UTC) as the API writes it, ISO 8601 with its offset. */
	static String utc(java.time.LocalDateTime time) {
		return (time != null) ? time.atOffset(java.time.ZoneOffset.UTC).toString() : null;
	}

	/** An answer's fields in the order given (name, value, name, value, ...). */
	static java.util.Map<String, Object> ordered(Object... pairs) {
		java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	/** A field the answer leaves out when it has no value. */
	static void putIfSet(java.util.Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}

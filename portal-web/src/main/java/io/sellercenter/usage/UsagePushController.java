package io.sellercenter.usage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.sellercenter.usage.KeyService.PushKey;
import io.sellercenter.web.MachineApi;
import io.sellercenter.web.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/isv/usage-data}: the merchant's servers push usage records. Only
 * the request is checked here (headers, time, nonce, signature, key, shape, size); every
 * record is stored as sent before the answer and judged later by the validator, so one
 * bad record never fails a batch.
 */
@RestController
class UsagePushController {

	private static final Logger log = LoggerFactory.getLogger(UsagePushController.class);

	/**
	 * Requests older or newer than this are refused, and nonces are remembered twice this
	 * long.
	 */
	private static final Duration WINDOW = UsageIntake.CLOCK_WINDOW;

	private final KeyService keys;

	private final UsageIntake intake;

	private final StringRedisTemplate redis;

	private final String prefix;

	private final int perSecond;

	/**
	 * Decimals as written, so a usage value keeps every digit the merchant sent; bounded
	 * as the API is ({@link MachineApi#jsonMapper}).
	 */
	private final JsonMapper json = MachineApi.USAGE_PUSH.jsonMapper()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final SignatureFailures failures;

	UsagePushController(KeyService keys, UsageIntake intake, SignatureFailures failures, StringRedisTemplate redis,
			@Value("${portal.redis-namespace}") String namespace,
			@Value("${portal.usage.requests-per-second:50}") int perSecond) {
		this.keys = keys;
		this.intake = intake;
		this.failures = failures;
		this.redis = redis;
		this.prefix = namespace + ":usage:";
		this.perSecond = perSecond;
	}

	@PostMapping("/api/v1/isv/usage-data")
	ResponseEntity<Map<String, String>> push(@RequestHeader(name = "access-key", required = false) String keyId,
			@RequestHeader(name = "ts", required = false) String ts,
			@RequestHeader(name = "nonce", required = false) String nonce,
			@RequestHeader(name = "signature", required = false) String signature,
			@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		if (blank(keyId) || blank(ts) || blank(nonce) || blank(signature) || body == null || body.length == 0) {
			return PushAnswer.MISSING.response("access-key, ts, nonce, signature and a body are required");
		}
		long timestamp;
		try {
			timestamp = Long.parseLong(ts.trim());
		}
		catch (NumberFormatException ex) {
			return PushAnswer.BAD_FORMAT.response("ts must be Unix time in milliseconds");
		}
		if (nonce.length() > 64 || keyId.length() > 64 || signature.length() > 128) {
			return PushAnswer.BAD_FORMAT.response("access-key and nonce are at most 64 characters, signature 128");
		}
		if (Math.abs(System.currentTimeMillis() - timestamp) > WINDOW.toMillis()) {
			return PushAnswer.BAD_FORMAT.response("ts is more than 5 minutes away from the server's time");
		}
		String address = Requests.clientIp(request);
		if (this.failures.addressBlocked(address)) {
			return PushAnswer.RATE_LIMITED.response("too many failed signatures; retry in a minute");
		}
		PushKey key = this.keys.forPush(keyId.trim());
		// Hashed for an unknown key too, so that it is answered no faster than a known
		// one.
		boolean signed = PushSignature.matches(key.secret(), ts.trim(), nonce, body, signature) && key.known();
		if (!signed) {
			return this.failures.recordAndCheckKey(keyId.trim(), address)
					? PushAnswer.RATE_LIMITED.response("too many failed signatures for this key; retry in a minute")
					: PushAnswer.BAD_SIGNATURE.response();
		}
		if (!key.usable()) {
			return PushAnswer.FOREIGN_KEY.response("the key is disabled or its merchant is not certified");
		}
		if (!firstUse(key.keyId(), nonce)) {
			return PushAnswer.BAD_FORMAT.response("nonce already used");
		}
		if (overLimit(key)) {
			return PushAnswer.RATE_LIMITED.response();
		}
		List<PushedRecord> records;
		try {
			JsonNode root = this.json.readTree(body);
			JsonNode list = (root != null && root.isObject()) ? root.get("usage_records") : null;
			if (list == null || list.isNull()) {
				return PushAnswer.MISSING.response("usage_records is required");
			}
			if (!list.isArray()) {
				return PushAnswer.BAD_FORMAT.response("usage_records must be an array");
			}
			if (list.size() > UsageIntake.MAX_RECORDS) {
				return PushAnswer.TOO_MANY_RECORDS.response();
			}
			records = new ArrayList<>(list.size());
			list.forEach((node) -> records.add(record(node)));
		}
		catch (StreamConstraintsException ex) {
			return PushAnswer.BAD_FORMAT
				.response("the body exceeds the API's limits (nesting, or the length of a number, a string or a name)");
		}
		catch (JacksonException ex) {
			return PushAnswer.BAD_FORMAT.response("the body is not valid JSON");
		}
		for (int i = 0; i < records.size(); i++) {
			PushedRecord.Field field = records.get(i).overlongField();
			if (field != null) {
				return PushAnswer.BAD_FORMAT.response("usage_records[" + i + "]." + field.jsonName()
						+ " is longer than " + field.maxLength() + " characters");
			}
		}
		try {
			this.intake.accept(key.merchant(), key.keyId(), nonce, timestamp, address, records);
		}
		catch (DataAccessException ex) {
			log.error("Usage push of {} records could not be stored", records.size(), ex);
			return PushAnswer.INTERNAL.response();
		}
		return PushAnswer.ACCEPTED.response();
	}

	/** A nonce counts once per key within the time window, on every instance (Redis). */
	private boolean firstUse(String keyId, String nonce) {
		return Boolean.TRUE.equals(this.redis.opsForValue()
			.setIfAbsent(this.prefix + "nonce:" + keyId + ":" + nonce, "1", WINDOW.multipliedBy(2)));
	}

	/** A fixed one-second window per merchant, shared by all instances. */
	private boolean overLimit(PushKey key) {
		String window = this.prefix + "rate:" + key.merchant() + ":" + (System.currentTimeMillis() / 1000);
		Long count = this.redis.opsForValue().increment(window);
		if (count != null && count == 1) {
			this.redis.expire(window, Duration.ofSeconds(2));
		}
		return count != null && count > this.perSecond;
	}

	private static PushedRecord record(JsonNode node) {
		if (node == null || !node.isObject()) {
			return new PushedRecord(null, null, null, null, null, null, null);
		}
		return new PushedRecord(text(node, "instance_id"), text(node, "record_time"), text(node, "begin_time"),
				text(node, "end_time"), text(node, "usage_value"), text(node, "metering_sn"),
				text(node, "relate_pkg_instance"));
	}

	/**
	 * A field's text as sent (numbers keep their written form); null when absent or not a
	 * value.
	 */
	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isValueNode() && !value.isNull()) ? value.asString() : null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}

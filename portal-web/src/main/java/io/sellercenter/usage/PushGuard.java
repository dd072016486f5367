package io.sellercenter.usage;

import java.time.Duration;
import java.util.Map;

import io.sellercenter.usage.KeyService.PushKey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Decides whether a usage push may be read: its headers present and well-formed, its time
 * within the window, its signature that of a usable key, its nonce new, and its merchant
 * under the rate limit. The checks run in that order: what costs nothing first, and
 * failed signatures are limited ({@link SignatureFailures}) before a body is hashed. The
 * body's size was bounded before any of this (web/MachineApiFilter); its content is the
 * controller's.
 */
@Component
class PushGuard {

	/**
	 * Requests older or newer than this are refused, and nonces are remembered twice this
	 * long.
	 */
	private static final Duration WINDOW = UsageIntake.CLOCK_WINDOW;

	private final KeyService keys;

	private final SignatureFailures failures;

	private final StringRedisTemplate redis;

	private final String prefix;

	private final int perSecond;

	PushGuard(KeyService keys, SignatureFailures failures, StringRedisTemplate redis,
			@Value("${portal.redis-namespace}") String namespace,
			@Value("${portal.usage.requests-per-second:50}") int perSecond) {
		this.keys = keys;
		this.failures = failures;
		this.redis = redis;
		this.prefix = namespace + ":usage:";
		this.perSecond = perSecond;
	}

	/** The push's key and time, or the answer that refuses it. */
	Admission check(String keyId, String ts, String nonce, String signature, byte[] body, String address) {
		if (blank(keyId) || blank(ts) || blank(nonce) || blank(signature) || body == null || body.length == 0) {
			return Admission
				.refused(PushAnswer.MISSING.response("access-key, ts, nonce, signature and a body are required"));
		}
		long timestamp;
		try {
			timestamp = Long.parseLong(ts.trim());
		}
		catch (NumberFormatException ex) {
			return Admission.refused(PushAnswer.BAD_FORMAT.response("ts must be Unix time in milliseconds"));
		}
		if (nonce.length() > 64 || keyId.length() > 64 || signature.length() > 128) {
			return Admission.refused(
					PushAnswer.BAD_FORMAT.response("access-key and nonce are at most 64 characters, signature 128"));
		}
		if (Math.abs(System.currentTimeMillis() - timestamp) > WINDOW.toMillis()) {
			return Admission
				.refused(PushAnswer.BAD_FORMAT.response("ts is more than 5 minutes away from the server's time"));
		}
		if (this.failures.addressBlocked(address)) {
			return Admission.refused(PushAnswer.RATE_LIMITED.response("too many failed signatures; retry in a minute"));
		}
		PushKey key = this.keys.forPush(keyId.trim());
		// Hashed for an unknown key too, so that it is answered no faster than a known
		// one.
		boolean signed = PushSignature.matches(key.secret(), ts.trim(), nonce, body, signature) && key.known();
		if (!signed) {
			return Admission.refused(this.failures.recordAndCheckKey(keyId.trim(), address)
					? PushAnswer.RATE_LIMITED.response("too many failed signatures for this key; retry in a minute")
					: PushAnswer.BAD_SIGNATURE.response());
		}
		if (!key.usable()) {
			return Admission
				.refused(PushAnswer.FOREIGN_KEY.response("the key is disabled or its merchant is not certified"));
		}
		if (!firstUse(key.keyId(), nonce)) {
			return Admission.refused(PushAnswer.BAD_FORMAT.response("nonce already used"));
		}
		if (overLimit(key)) {
			return Admission.refused(PushAnswer.RATE_LIMITED.response());
		}
		return new Admission(key, timestamp, null);
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

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * A push let through, with its key and its time ({@code ts}); or, with
	 * {@code refusal}, the answer that turns it away.
	 */
	record Admission(PushKey key, long timestamp, ResponseEntity<Map<String, String>> refusal) {

		static Admission refused(ResponseEntity<Map<String, String>> refusal) {
			return new Admission(null, 0, refusal);
		}

		boolean admitted() {
			return this.refusal == null;
		}

	}

}

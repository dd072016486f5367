package io.sellercenter.usage;

import java.time.Duration;

import io.sellercenter.usage.KeyService.PushKey;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The checks of a request that a merchant's server signs with an integration key (the
 * usage push, the order query): its headers well-formed, its time within the window, its
 * signature that of a usable key, its nonce new, and its merchant under the API's rate
 * limit. The checks run in that order: what costs nothing first, and failed signatures
 * are limited ({@link SignatureFailures}) before anything is hashed. One home for both
 * APIs, so that a fix to one protects the other; each API turns a {@link Refusal} into
 * its own answer. Nonces and failed signatures are counted across both APIs: a nonce is
 * spent once per key, whichever API it was sent to.
 */
@Component
public class SignedRequests {

	/**
	 * Requests older or newer than this are refused, and nonces are remembered twice this
	 * long.
	 */
	private static final Duration WINDOW = UsageIntake.CLOCK_WINDOW;

	private final KeyService keys;

	private final SignatureFailures failures;

	private final StringRedisTemplate redis;

	private final String prefix;

	SignedRequests(KeyService keys, SignatureFailures failures, StringRedisTemplate redis,
			@Value("${portal.redis-namespace}") String namespace) {
		this.keys = keys;
		this.failures = failures;
		this.redis = redis;
		this.prefix = namespace + ":usage:";
	}

	/**
	 * A request as signed: the four headers, and the content the signature covers (the
	 * push's raw body, the query's raw query string).
	 */
	public record SignedRequest(String keyId, String ts, String nonce, String signature, byte[] content) {
	}

	/**
	 * An API's own rate limit: at most {@code perSecond} requests of one merchant in a
	 * second, counted under {@code api}.
	 */
	public record RateLimit(String api, int perSecond) {
	}

	/** Why a request is refused, each with the detail its answer gives. */
	public enum Refusal {

		MISSING("access-key, ts, nonce and signature are required"),
		BAD_TIMESTAMP("ts must be Unix time in milliseconds"),
		TOO_LONG("access-key and nonce are at most 64 characters, signature 128"),
		OUT_OF_WINDOW("ts is more than 5 minutes away from the server's time"),
		ADDRESS_BLOCKED("too many failed signatures; retry in a minute"),
		BAD_SIGNATURE("signature verification failed"),
		KEY_BLOCKED("too many failed signatures for this key; retry in a minute"),
		KEY_UNUSABLE("the key is disabled or its merchant is not certified"), NONCE_REUSED("nonce already used"),
		RATE_LIMITED("too many requests; retry after a second");

		private final String detail;

		Refusal(String detail) {
			this.detail = detail;
		}

		public String detail() {
			return this.detail;
		}

	}

	/** The request's key and time, or why it is refused. */
	public Admission check(SignedRequest request, String address, RateLimit limit) {
		String keyId = request.keyId();
		String ts = request.ts();
		String nonce = request.nonce();
		String signature = request.signature();
		if (blank(keyId) || blank(ts) || blank(nonce) || blank(signature) || request.content() == null) {
			return Admission.refused(Refusal.MISSING);
		}
		long timestamp;
		try {
			timestamp = Long.parseLong(ts.trim());
		}
		catch (NumberFormatException ex) {
			return Admission.refused(Refusal.BAD_TIMESTAMP);
		}
		if (nonce.length() > 64 || keyId.length() > 64 || signature.length() > 128) {
			return Admission.refused(Refusal.TOO_LONG);
		}
		if (Math.abs(System.currentTimeMillis() - timestamp) > WINDOW.toMillis()) {
			return Admission.refused(Refusal.OUT_OF_WINDOW);
		}
		if (this.failures.addressBlocked(address)) {
			return Admission.refused(Refusal.ADDRESS_BLOCKED);
		}
		PushKey key = this.keys.forPush(keyId.trim());
		// Hashed for an unknown key too, so that it is answered no faster than a known
		// one.
		boolean signed = PushSignature.matches(key.secret(), ts.trim(), nonce, request.content(), signature)
				&& key.known();
		if (!signed) {
			return Admission.refused(this.failures.recordAndCheckKey(keyId.trim(), address) ? Refusal.KEY_BLOCKED
					: Refusal.BAD_SIGNATURE);
		}
		if (!key.usable()) {
			return Admission.refused(Refusal.KEY_UNUSABLE);
		}
		if (!firstUse(key.keyId(), nonce)) {
			return Admission.refused(Refusal.NONCE_REUSED);
		}
		if (overLimit(key, limit)) {
			return Admission.refused(Refusal.RATE_LIMITED);
		}
		return new Admission(key, timestamp, null);
	}

	/** A nonce counts once per key within the time window, on every instance (Redis). */
	private boolean firstUse(String keyId, String nonce) {
		return Boolean.TRUE.equals(this.redis.opsForValue()
			.setIfAbsent(this.prefix + "nonce:" + keyId + ":" + nonce, "1", WINDOW.multipliedBy(2)));
	}

	/** A fixed one-second window per merchant and API, shared by all instances. */
	private boolean overLimit(PushKey key, RateLimit limit) {
		String window = this.prefix + "rate:" + limit.api() + ":" + key.merchant() + ":"
				+ (System.currentTimeMillis() / 1000);
		Long count = this.redis.opsForValue().increment(window);
		if (count != null && count == 1) {
			this.redis.expire(window, Duration.ofSeconds(2));
		}
		return count != null && count > limit.perSecond();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * A request let through, with its key and its time ({@code ts}); or, with
	 * {@code refusal}, why it is turned away.
	 */
	public record Admission(PushKey key, long timestamp, Refusal refusal) {

		static Admission refused(Refusal refusal) {
			return new Admission(null, 0, refusal);
		}

		public boolean admitted() {
			return this.refusal == null;
		}

	}

}

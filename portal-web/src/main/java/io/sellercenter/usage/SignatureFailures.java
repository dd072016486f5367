package io.sellercenter.usage;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Pushes that fail the signature check, counted per client address and per key id in a
 * one-minute window shared by every instance (Redis). Once either count reaches its
 * limit, pushes from that address, or naming that key, are refused before any work is
 * spent on them, until the minute ends: guessing a signature, or making the portal hash
 * megabytes of body for nothing, costs an attacker a minute per few dozen tries. Correct
 * pushes never add to the counts.
 */
@Component
class SignatureFailures {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final StringRedisTemplate redis;

	private final String prefix;

	private final int perAddress;

	private final int perKey;

	SignatureFailures(StringRedisTemplate redis, @Value("${portal.redis-namespace}") String namespace,
			@Value("${portal.usage.signature-failures.per-address:20}") int perAddress,
			@Value("${portal.usage.signature-failures.per-key:60}") int perKey) {
		this.redis = redis;
		this.prefix = namespace + ":usage:sigfail:";
		this.perAddress = perAddress;
		this.perKey = perKey;
	}

	/** Whether this address has failed too often in the current minute. */
	boolean addressBlocked(String address) {
		return atLeast(this.redis.opsForValue().get(addressKey(address)), this.perAddress);
	}

	/**
	 * Counts one failure of this key from this address; whether the key has now failed
	 * too often in the current minute.
	 */
	boolean recordAndCheckKey(String keyId, String address) {
		count(addressKey(address));
		return count(this.prefix + "key:" + keyId + ":" + minute()) > this.perKey;
	}

	private long count(String key) {
		Long count = this.redis.opsForValue().increment(key);
		if (count != null && count == 1) {
			this.redis.expire(key, WINDOW.plusSeconds(5));
		}
		return (count != null) ? count : 0;
	}

	private String addressKey(String address) {
		return this.prefix + "addr:" + address + ":" + minute();
	}

	private static long minute() {
		return System.currentTimeMillis() / WINDOW.toMillis();
	}

	private static boolean atLeast(String count, int limit) {
		return count != null && Long.parseLong(count) >= limit;
	}

}

package io.sellercenter.idp.merchant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The keys this merchant was given by the portal (access key to secret), and the mode
 * each answers in. A call names no key, so the server tries every key it holds.
 */
class MerchantKeys {

	/**
	 * A person or a test registers a handful; the bound keeps a loop from eating memory.
	 */
	static final int MAX_KEYS = 100;

	private final Map<String, Entry> keys = new ConcurrentHashMap<>();

	/**
	 * Registers the key, or gives an existing one its new secret (keeping its mode).
	 * @return false when the registry is full
	 */
	synchronized boolean register(String accessKey, String secret) {
		Entry existing = this.keys.get(accessKey);
		if (existing == null && this.keys.size() >= MAX_KEYS) {
			return false;
		}
		this.keys.put(accessKey, new Entry(secret, (existing != null) ? existing.mode() : Mode.NORMAL));
		return true;
	}

	/**
	 * @return false when no such key is registered
	 */
	synchronized boolean mode(String accessKey, Mode mode) {
		Entry existing = this.keys.get(accessKey);
		if (existing == null) {
			return false;
		}
		this.keys.put(accessKey, new Entry(existing.secret(), mode));
		return true;
	}

	Mode modeOf(String accessKey) {
		Entry entry = this.keys.get(accessKey);
		return (entry != null) ? entry.mode() : Mode.NORMAL;
	}

	/**
	 * The access key whose secret produces {@code given}. Every key is tried and compared
	 * in constant time, so neither the answer's timing nor its order tells which key came
	 * close.
	 * @param expected what a call signed with a key would carry, from its access key and
	 * secret
	 */
	Optional<String> whichSigned(String given, Function<Map.Entry<String, String>, String> expected) {
		byte[] givenBytes = given.getBytes(StandardCharsets.UTF_8);
		String matched = null;
		for (Map.Entry<String, Entry> key : this.keys.entrySet()) {
			String signature = expected.apply(Map.entry(key.getKey(), key.getValue().secret()));
			if (MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8), givenBytes) && matched == null) {
				matched = key.getKey();
			}
		}
		return Optional.ofNullable(matched);
	}

	/** The keys for the page: access keys and modes, never a secret. */
	List<Shown> list() {
		return this.keys.entrySet()
			.stream()
			.map((key) -> new Shown(key.getKey(), key.getValue().mode()))
			.sorted(Comparator.comparing(Shown::accessKey))
			.toList();
	}

	private record Entry(String secret, Mode mode) {
	}

	record Shown(String accessKey, Mode mode) {
	}

}

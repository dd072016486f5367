package io.sellercenter.idp.merchant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which registered key signed a call, under each contract, or why none did. Neither
 * contract names the key, so every key is tried.
 */
class CallAuthentication {

	/** The contract lets the merchant refuse calls more than this far off its clock. */
	static final Duration TOLERANCE = Duration.ofSeconds(60);

	static final DateTimeFormatter V1_TIME_STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmssSSS")
		.withResolverStyle(ResolverStyle.STRICT);

	private final MerchantKeys keys;

	private final Clock clock;

	CallAuthentication(MerchantKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	/**
	 * V2: {@code signature}, {@code timestamp} (Unix ms) and {@code nonce} in the URL.
	 */
	Verdict v2(Map<String, String> query, byte[] body) {
		String signature = query.get("signature");
		String timestamp = query.get("timestamp");
		String nonce = query.get("nonce");
		if (signature == null || timestamp == null || nonce == null) {
			return Verdict.refused("signature, timestamp and nonce required");
		}
		if (!timestamp.matches("[0-9]{1,15}") || stale(Instant.ofEpochMilli(Long.parseLong(timestamp)))) {
			return Verdict.refused("timestamp more than 60 s off");
		}
		return this.keys
			.whichSigned(signature, (key) -> Signatures.v2(key.getKey(), key.getValue(), nonce, timestamp, body))
			.map(Verdict::signedBy)
			.orElseGet(() -> Verdict.refused("signature does not match"));
	}

	/**
	 * V1: {@code authToken} over every other parameter, {@code timeStamp}
	 * ({@code yyyyMMddHHmmssSSS}, UTC) among them. The contract sets no window for V1;
	 * the same 60 s as V2 keeps a token read off a log from being replayed for long.
	 */
	Verdict v1(Map<String, String> query) {
		String authToken = query.get("authToken");
		String timeStamp = query.get("timeStamp");
		if (authToken == null || timeStamp == null) {
			return Verdict.refused("authToken and timeStamp required");
		}
		if (stale(v1Time(timeStamp))) {
			return Verdict.refused("timeStamp more than 60 s off");
		}
		Map<String, String> signed = new LinkedHashMap<>(query);
		signed.remove("authToken");
		// A '+' of the Base64 token sent unencoded arrives as a space; Base64 has none.
		String token = authToken.replace(' ', '+');
		return this.keys.whichSigned(token, (key) -> Signatures.v1(key.getValue(), timeStamp, signed))
			.map(Verdict::signedBy)
			.orElseGet(() -> Verdict.refused("authToken does not match"));
	}

	private boolean stale(@Nullable Instant sent) {
		return sent == null || Duration.between(sent, this.clock.instant()).abs().compareTo(TOLERANCE) > 0;
	}

	private static @Nullable Instant v1Time(String timeStamp) {
		try {
			return LocalDateTime.parse(timeStamp, V1_TIME_STAMP).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * @param accessKey the key that signed, null when none did
	 * @param refusal why the call was refused, null when a key signed it
	 */
	record Verdict(@Nullable String accessKey, @Nullable String refusal) {

		static Verdict signedBy(String accessKey) {
			return new Verdict(accessKey, null);
		}

		static Verdict refused(String refusal) {
			return new Verdict(null, refusal);
		}

		Optional<String> key() {
			return Optional.ofNullable(this.accessKey);
		}

	}

}

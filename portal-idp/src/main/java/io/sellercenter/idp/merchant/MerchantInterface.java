package io.sellercenter.idp.merchant;

import java.io.IOException;
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

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import io.sellercenter.idp.merchant.ReceivedCalls.Call;

/**
 * The production interface over HTTP: authenticates a call under its contract, finds the
 * key that signed it and that key's mode, and answers. Every call is recorded with its
 * answer, including those refused.
 */
class MerchantInterface {

	/** A call's JSON is a few hundred bytes; anything past this is not a call. */
	static final int MAX_BODY_BYTES = 64 * 1024;

	static final int MAX_FIELD_LENGTH = 1024;

	/** The contract lets the merchant refuse calls more than this far off its clock. */
	static final Duration TOLERANCE = Duration.ofSeconds(60);

	static final DateTimeFormatter V1_TIME_STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmssSSS")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final String SERVER_ERROR_PAGE = "<!DOCTYPE html><html><head><title>500 Internal Server Error"
			+ "</title></head><body><h1>Internal Server Error</h1><p>The demo merchant server is in ERROR mode.</p>"
			+ "</body></html>";

	private final JsonMapper json = JsonMapper.builder().build();

	private final MerchantKeys keys;

	private final Activities activities;

	private final ReceivedCalls calls;

	private final Clock clock;

	private final Duration slowDelay;

	MerchantInterface(MerchantKeys keys, Activities activities, ReceivedCalls calls, Clock clock, Duration slowDelay) {
		this.keys = keys;
		this.activities = activities;
		this.calls = calls;
		this.clock = clock;
		this.slowDelay = slowDelay;
	}

	/**
	 * {@code POST /} carrying V2's URL parameters; the provider itself takes no POST
	 * there.
	 */
	static boolean isV2(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && atRoot(request) && (QueryString.names(request, "signature")
				|| QueryString.names(request, "timestamp") || QueryString.names(request, "nonce"));
	}

	/**
	 * {@code GET /?activity=…} or with an {@code authToken}; without them it is the home
	 * page.
	 */
	static boolean isV1(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) && atRoot(request)
				&& (QueryString.names(request, "activity") || QueryString.names(request, "authToken"));
	}

	static boolean matches(HttpServletRequest request) {
		return isV2(request) || isV1(request);
	}

	private static boolean atRoot(HttpServletRequest request) {
		return request.getRequestURI().equals(request.getContextPath() + "/");
	}

	ServerResponse v2(ServerRequest request) throws IOException {
		HttpServletRequest servlet = request.servletRequest();
		byte[] body = servlet.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		Map<String, String> fields = (body.length <= MAX_BODY_BYTES) ? fields(body) : null;
		Map<String, String> query = Optional.ofNullable(QueryString.parse(servlet)).orElse(Map.of());
		String signature = query.get("signature");
		String timestamp = query.get("timestamp");
		String nonce = query.get("nonce");
		Call call = call("V2", fields, null, "");
		if (signature == null || timestamp == null || nonce == null) {
			return answer(call, Answer.of(Answer.AUTHENTICATION_FAILED, "signature, timestamp and nonce required"));
		}
		if (!timestamp.matches("[0-9]{1,15}") || stale(Instant.ofEpochMilli(Long.parseLong(timestamp)))) {
			return answer(call, Answer.of(Answer.AUTHENTICATION_FAILED, "timestamp more than 60 s off"));
		}
		Optional<String> key = this.keys.whichSigned(signature,
				(k) -> Signatures.v2(k.getKey(), k.getValue(), nonce, timestamp, body));
		if (key.isEmpty()) {
			return answer(call, Answer.of(Answer.AUTHENTICATION_FAILED, "signature does not match"));
		}
		return respond(call("V2", fields, key.get(), ""), fields, false);
	}

	ServerResponse v1(ServerRequest request) {
		Map<String, String> query = QueryString.parse(request.servletRequest());
		Map<String, String> fields = (query != null && query.values().stream().allMatch(MerchantInterface::bounded))
				? query : null;
		Call call = call("V1", fields, null, "");
		String authToken = (query != null) ? query.get("authToken") : null;
		String timeStamp = (query != null) ? query.get("timeStamp") : null;
		if (fields == null) {
			return answer(call, Answer.of(Answer.BAD_PARAMETER,
					"a malformed query, or a parameter longer than " + MAX_FIELD_LENGTH + " characters"));
		}
		if (authToken == null || timeStamp == null) {
			return answer(call, Answer.of(Answer.AUTHENTICATION_FAILED, "authToken and timeStamp required"));
		}
		if (stale(v1Time(timeStamp))) {
			return answer(call, Answer.of(Answer.AUTHENTICATION_FAILED, "timeStamp more than 60 s off"));
		}
		Map<String, String> signed = new LinkedHashMap<>(query);
		signed.remove("authToken");
		// A '+' of the Base64 token sent unencoded arrives as a space; Base64 has no
		// spaces.
		String token = authToken.replace(' ', '+');
		Optional<String> key = this.keys.whichSigned(token, (k) -> Signatures.v1(k.getValue(), timeStamp, signed));
		if (key.isEmpty()) {
			return answer(call, Answer.of(Answer.AUTHENTICATION_FAILED, "authToken does not match"));
		}
		return respond(call("V1", fields, key.get(), ""), signed, true);
	}

	private ServerResponse respond(Call call, @Nullable Map<String, String> fields, boolean legacy) {
		Mode mode = this.keys.modeOf(call.accessKey());
		switch (mode) {
			case ERROR -> {
				this.calls.add(withAnswer(call, "HTTP 500"));
				return ServerResponse.status(HttpStatus.INTERNAL_SERVER_ERROR)
					.contentType(MediaType.TEXT_HTML)
					.body(SERVER_ERROR_PAGE);
			}
			case FAIL -> {
				return answer(call, Answer.of(Answer.OTHER_ERROR, "demo failure"));
			}
			case SLOW -> pause();
			default -> {
			}
		}
		if (fields == null) {
			return answer(call, Answer.of(Answer.BAD_PARAMETER, "the body must be a JSON object of at most 64 KiB "
					+ "with fields of at most " + MAX_FIELD_LENGTH + " characters"));
		}
		return answer(call, this.activities.handle(fields, legacy, mode));
	}

	private ServerResponse answer(Call call, Answer answer) {
		this.calls.add(withAnswer(call, answer.resultCode()));
		return ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.json.writeValueAsBytes(answer.json()));
	}

	/**
	 * The body's scalar fields as text; null when it is no JSON object or too large a
	 * one.
	 */
	private @Nullable Map<String, String> fields(byte[] body) {
		JsonNode tree;
		try {
			tree = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
		if (tree == null || !tree.isObject()) {
			return null;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : tree.properties()) {
			JsonNode value = field.getValue();
			if (value.isValueNode() && !value.isNull()) {
				if (!bounded(value.asString())) {
					return null;
				}
				fields.put(field.getKey(), value.asString());
			}
		}
		return fields;
	}

	private static boolean bounded(String value) {
		return value.length() <= MAX_FIELD_LENGTH;
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

	private void pause() {
		try {
			Thread.sleep(this.slowDelay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Call call(String contract, @Nullable Map<String, String> fields, @Nullable String accessKey,
			String answer) {
		return new Call(this.clock.instant(), contract, (fields != null) ? clip(fields.get("activity")) : null,
				(fields != null) ? clip(fields.get("testFlag")) : null, accessKey, answer);
	}

	private static Call withAnswer(Call call, String answer) {
		return new Call(call.at(), call.contract(), call.activity(), call.testFlag(), call.accessKey(), answer);
	}

	private static @Nullable String clip(@Nullable String value) {
		return (value != null && value.length() > 64) ? value.substring(0, 64) : value;
	}

}

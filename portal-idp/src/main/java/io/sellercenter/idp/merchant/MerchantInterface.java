package io.sellercenter.idp.merchant;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
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

	private static final String SERVER_ERROR_PAGE = "<!DOCTYPE html><html><head><title>500 Internal Server Error"
			+ "</title></head><body><h1>Internal Server Error</h1><p>The demo merchant server is in ERROR mode.</p>"
			+ "</body></html>";

	private final JsonMapper json = JsonMapper.builder().build();

	private final MerchantKeys keys;

	private final CallAuthentication authentication;

	private final Activities activities;

	private final ReceivedCalls calls;

	private final Clock clock;

	private final Duration slowDelay;

	MerchantInterface(MerchantKeys keys, Activities activities, ReceivedCalls calls, Clock clock, Duration slowDelay) {
		this.keys = keys;
		this.authentication = new CallAuthentication(keys, clock);
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
		return respond("V2", this.authentication.v2(query, body), fields, false);
	}

	ServerResponse v1(ServerRequest request) {
		Map<String, String> query = QueryString.parse(request.servletRequest());
		if (query == null || !query.values().stream().allMatch(MerchantInterface::bounded)) {
			return answer(call("V1", null, null), Answer.of(Answer.BAD_PARAMETER,
					"a malformed query, or a parameter longer than " + MAX_FIELD_LENGTH + " characters"));
		}
		return respond("V1", this.authentication.v1(query), query, true);
	}

	private ServerResponse respond(String contract, CallAuthentication.Verdict verdict,
			@Nullable Map<String, String> fields, boolean legacy) {
		Call call = call(contract, fields, verdict.accessKey());
		if (verdict.key().isEmpty()) {
			return answer(call, Answer.of(Answer.AUTHENTICATION_FAILED, verdict.refusal()));
		}
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

	private void pause() {
		try {
			Thread.sleep(this.slowDelay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The call as received; its answer is filled in when it is known. */
	private Call call(String contract, @Nullable Map<String, String> fields, @Nullable String accessKey) {
		return new Call(this.clock.instant(), contract, (fields != null) ? clip(fields.get("activity")) : null,
				(fields != null) ? clip(fields.get("testFlag")) : null, accessKey, "");
	}

	private static Call withAnswer(Call call, String answer) {
		return new Call(call.at(), call.contract(), call.activity(), call.testFlag(), call.accessKey(), answer);
	}

	private static @Nullable String clip(@Nullable String value) {
		return (value != null && value.length() > 64) ? value.substring(0, 64) : value;
	}

}

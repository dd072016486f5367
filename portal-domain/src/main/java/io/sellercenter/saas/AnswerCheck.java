package io.sellercenter.saas;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judges an answer by the marketplace's rules: HTTP 200, a JSON object, a six-digit
 * {@code resultCode} that says success (000000) or processing (000004, to be polled with
 * queryInstance), and for a create an {@code instanceId} the portal can keep. Anything
 * else fails, with the reason.
 */
final class AnswerCheck {

	static final String SUCCESS = "000000";

	static final String PROCESSING = "000004";

	private static final Pattern RESULT_CODE = Pattern.compile("\\d{6}");

	private static final Pattern INSTANCE_ID = Pattern.compile("[\\w.:-]{1,64}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AnswerCheck() {
	}

	static Verdict judge(Activity activity, MerchantClient.Answer answer) {
		if (answer.status() >= 300 && answer.status() < 400) {
			return Verdict.failed(CallFailure.REDIRECT, null);
		}
		if (answer.status() != 200) {
			return Verdict.failed(CallFailure.HTTP_STATUS, null);
		}
		JsonNode root;
		try {
			root = JSON.readTree(new String(answer.body(), StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			return Verdict.failed(CallFailure.NOT_JSON, null);
		}
		if (root == null || !root.isObject()) {
			return Verdict.failed(CallFailure.NOT_JSON, null);
		}
		JsonNode codeNode = root.get("resultCode");
		String code = (codeNode != null && codeNode.isValueNode()) ? codeNode.asString() : null;
		if (code == null || !RESULT_CODE.matcher(code).matches()) {
			return Verdict.failed(CallFailure.NO_RESULT_CODE, null);
		}
		if (PROCESSING.equals(code)) {
			return new Verdict(Outcome.PROCESSING, code, null, null);
		}
		if (!SUCCESS.equals(code)) {
			return Verdict.failed(CallFailure.RESULT_CODE, code);
		}
		JsonNode idNode = root.get("instanceId");
		String instanceId = (idNode != null && idNode.isValueNode()) ? idNode.asString() : null;
		if (activity == Activity.NEW_INSTANCE && (instanceId == null || !INSTANCE_ID.matcher(instanceId).matches())) {
			return Verdict.failed(CallFailure.NO_INSTANCE_ID, code);
		}
		return new Verdict(Outcome.SUCCESS, code, null, instanceId);
	}

	/** The meaning of a result code, as a message key ({@code saas.resultCode.*}). */
	static String meaningKey(String code) {
		if (code == null) {
			return null;
		}
		if (code.startsWith("0001")) {
			return "saas.resultCode.0001xx";
		}
		return switch (code) {
			case "000000", "000001", "000002", "000003", "000004", "000005" -> "saas.resultCode." + code;
			default -> "saas.resultCode.other";
		};
	}

	/** The verdict on an answer; {@code resultCode} as sent when there was one. */
	record Verdict(Outcome outcome, String resultCode, CallFailure failure, String instanceId) {

		static Verdict failed(CallFailure failure, String resultCode) {
			return new Verdict(Outcome.FAILED, resultCode, failure, null);
		}

	}

}

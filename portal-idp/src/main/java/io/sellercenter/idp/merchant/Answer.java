package io.sellercenter.idp.merchant;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the interface answers, as the contract's JSON object. */
record Answer(String resultCode, String resultMsg, Map<String, String> fields) {

	static final String SUCCESS = "000000";

	static final String AUTHENTICATION_FAILED = "000001";

	static final String BAD_PARAMETER = "000002";

	static final String NOT_FOUND = "000003";

	static final String PROCESSING = "000004";

	static final String OTHER_ERROR = "000005";

	static Answer ok(String message) {
		return new Answer(SUCCESS, message, Map.of());
	}

	static Answer of(String code, String message) {
		return new Answer(code, message, Map.of());
	}

	Answer with(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.fields);
		more.put(name, value);
		return new Answer(this.resultCode, this.resultMsg, more);
	}

	Map<String, String> json() {
		Map<String, String> json = new LinkedHashMap<>();
		json.put("resultCode", this.resultCode);
		json.put("resultMsg", this.resultMsg);
		json.putAll(this.fields);
		return json;
	}

}

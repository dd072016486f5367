package io.sellercenter.notification;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The named arguments of a notification's texts, as the JSON object the tables keep.
 * Strings only: the texts insert them as they are (see the web module's renderer).
 */
final class Args {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
	};

	private Args() {
	}

	static String toJson(Map<String, String> args) {
		Map<String, String> present = new LinkedHashMap<>();
		if (args != null) {
			args.forEach((name, value) -> {
				if (name != null && value != null) {
					present.put(name, value);
				}
			});
		}
		return JSON.writeValueAsString(present);
	}

	static Map<String, String> fromJson(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		return JSON.readValue(json, MAP);
	}

}

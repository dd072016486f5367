package io.sellercenter.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query strings of list filters (the export links, the sort link, the export
 * history), written as a browser writes a form: every character but letters, digits and
 * {@code *-._} percent-encoded, spaces as {@code +}. A search for {@code a+b} or
 * {@code {x}} then comes back as typed, where Spring's template encoding left {@code +}
 * (read back as a space) and {@code { }} (refused by Tomcat) as they were.
 */
public final class QueryStrings {

	private QueryStrings() {
	}

	/** One filter of a query string, decoded. */
	public record Pair(String name, String value) {

	}

	/**
	 * The filters that are set, by name, from names and values given alternately: values
	 * stripped, empty or null ones left out (what an export form carries in hidden
	 * fields).
	 */
	public static Map<String, String> filters(Object... namesAndValues) {
		Map<String, String> filters = new LinkedHashMap<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			if (value != null && !value.toString().isBlank()) {
				filters.put(namesAndValues[i].toString(), value.toString().strip());
			}
		}
		return filters;
	}

	/** Names and values, alternately, as a query string ({@link #filters}). */
	public static String of(Object... namesAndValues) {
		return of(filters(namesAndValues));
	}

	/** The filters of a map, by name, as a query string. */
	public static String of(Map<String, String> filters) {
		List<String> pairs = new ArrayList<>();
		filters.forEach((name, value) -> pairs.add(encode(name) + "=" + encode(value)));
		return String.join("&", pairs);
	}

	/**
	 * The filters of a query string, decoded, in their order: for showing a filter as it
	 * was typed. A part that is not well encoded is shown as it is.
	 */
	public static List<Pair> pairs(String query) {
		List<Pair> pairs = new ArrayList<>();
		if (query == null || query.isEmpty()) {
			return pairs;
		}
		for (String part : query.split("&")) {
			if (part.isEmpty()) {
				continue;
			}
			int equals = part.indexOf('=');
			pairs.add((equals < 0) ? new Pair(decode(part), "")
					: new Pair(decode(part.substring(0, equals)), decode(part.substring(equals + 1))));
		}
		return pairs;
	}

	/**
	 * The same filters encoded as {@link #of} encodes them: links to filters kept before
	 * (with a raw {@code {}) work too.
	 */
	public static String normalised(String query) {
		List<String> parts = new ArrayList<>();
		for (Pair pair : pairs(query)) {
			parts.add(encode(pair.name()) + "=" + encode(pair.value()));
		}
		return String.join("&", parts);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}

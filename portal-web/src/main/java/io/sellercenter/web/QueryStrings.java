package io.sellercenter.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
	 * Names and values, alternately, as a query string; values are stripped, and empty or
	 * null ones left out.
	 */
	public static String of(Object... namesAndValues) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			if (value != null && !value.toString().isBlank()) {
				pairs.add(encode(namesAndValues[i].toString()) + "=" + encode(value.toString().strip()));
			}
		}
		return String.join("&", pairs);
	}

	/** The filters of a map, by name, as a query string. */
	public static String of(java.util.Map<String, String> filters) {
		List<Object> namesAndValues = new ArrayList<>();
		filters.forEach((name, value) -> {
			namesAndValues.add(name);
			namesAndValues.add(value);
		});
		return of(namesAndValues.toArray());
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

package io.sellercenter.idp.merchant;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * The query string's parameters, read from the raw query and never through
 * {@code getParameter}: on a form-encoded POST that would read the body, whose exact
 * bytes the V2 signature covers.
 */
final class QueryString {

	/** Far more than a call needs; a longer query is refused, not parsed. */
	static final int MAX_PARAMETERS = 64;

	private QueryString() {
	}

	/**
	 * @return the parameters, the first value of each name, or null when the query is
	 * malformed or has too many parameters
	 */
	static @Nullable Map<String, String> parse(HttpServletRequest request) {
		String query = request.getQueryString();
		Map<String, String> parameters = new LinkedHashMap<>();
		if (query == null || query.isEmpty()) {
			return parameters;
		}
		String[] pairs = query.split("&", -1);
		if (pairs.length > MAX_PARAMETERS) {
			return null;
		}
		try {
			for (String pair : pairs) {
				int equals = pair.indexOf('=');
				String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals),
						StandardCharsets.UTF_8);
				String value = (equals < 0) ? ""
						: URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				if (!name.isEmpty()) {
					parameters.putIfAbsent(name, value);
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return parameters;
	}

	/** Whether the raw query names the parameter, without decoding anything. */
	static boolean names(HttpServletRequest request, String name) {
		String query = request.getQueryString();
		if (query == null) {
			return false;
		}
		for (String pair : query.split("&")) {
			if (pair.equals(name) || pair.startsWith(name + "=")) {
				return true;
			}
		}
		return false;
	}

}

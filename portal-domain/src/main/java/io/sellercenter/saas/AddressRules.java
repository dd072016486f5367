package io.sellercenter.saas;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a production address may be: HTTPS, a domain name (never an IP literal), an
 * optional port, no path, query, fragment or user info, at most 255 characters. Plain
 * HTTP and {@code localhost} only where loopback is allowed (tests and the local run).
 * Where the name resolves is checked at every call ({@link AddressGuard}), not here: DNS
 * can change after registration.
 */
final class AddressRules {

	static final int MAX_LENGTH = 255;

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	private static final Pattern NUMERIC = Pattern.compile("[0-9.]+|.*:.*|\\[.*");

	private AddressRules() {
	}

	/**
	 * The address in its stored form (lower case, no trailing slash), or a {@link Bad}
	 * naming what is wrong.
	 */
	static String normalise(String input, boolean allowLoopback) throws Bad {
		String text = (input == null) ? "" : input.strip();
		if (text.isEmpty()) {
			throw new Bad("saas.address.error.required");
		}
		if (text.length() > MAX_LENGTH) {
			throw new Bad("saas.address.error.length");
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			throw new Bad("saas.address.error.syntax");
		}
		String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !(scheme.equals("http") && allowLoopback)) {
			throw new Bad("saas.address.error.https");
		}
		if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
				|| (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))) {
			throw new Bad("saas.address.error.path");
		}
		String host = (uri.getHost() == null) ? "" : uri.getHost().toLowerCase(Locale.ROOT);
		if (host.isEmpty()) {
			throw new Bad("saas.address.error.syntax");
		}
		if (NUMERIC.matcher(host).matches()) {
			throw new Bad("saas.address.error.ip");
		}
		if (!domainName(host) && !(allowLoopback && host.equals("localhost"))) {
			throw new Bad("saas.address.error.domain");
		}
		return scheme + "://" + host + ((uri.getPort() == -1) ? "" : ":" + uri.getPort());
	}

	private static boolean domainName(String host) {
		String[] labels = host.split("\\.", -1);
		if (labels.length < 2 || host.length() > 253) {
			return false;
		}
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				return false;
			}
		}
		// A top-level domain is never all digits.
		return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
	}

	/** An address refused, with the message key that says why. */
	static final class Bad extends Exception {

		private final String messageKey;

		Bad(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

}

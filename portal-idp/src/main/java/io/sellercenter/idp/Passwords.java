package io.sellercenter.idp;

/** Helpers for the plain-text secrets of a development tool. */
final class Passwords {

	private Passwords() {
	}

	/**
	 * Plain values in {@code idp.yml} are easier to read; the delegating password encoder
	 * needs to be told they are plain.
	 */
	static String withEncoderPrefix(String secret) {
		return secret.startsWith("{") ? secret : "{noop}" + secret;
	}

}

package io.sellercenter.session;

/** The name of the session cookie, for those who send it themselves (the warm-up). */
public final class SessionCookie {

	private SessionCookie() {
	}

	/**
	 * Under HTTPS the cookie carries the __Host- prefix, which binds it to this exact
	 * host and path.
	 */
	public static String name(boolean secure) {
		return secure ? "__Host-SESSION" : "SESSION";
	}

}

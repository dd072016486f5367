package io.sellercenter.web;

import jakarta.servlet.http.HttpServletRequest;

/** Small readings of the current request that several features need. */
public final class Requests {

	private Requests() {
	}

	/**
	 * The client's address. Behind a proxy, {@code server.forward-headers-strategy} (prod
	 * profile) has already put the forwarded address here; the raw header is never
	 * trusted.
	 */
	public static String clientIp(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	public static String userAgent(HttpServletRequest request) {
		String agent = request.getHeader("User-Agent");
		return (agent != null && agent.length() > 300) ? agent.substring(0, 300) : agent;
	}

}

package io.sellercenter.session;

/**
 * Just enough user-agent reading to tell one's own devices apart; not a detection
 * library.
 */
final class UserAgents {

	private UserAgents() {
	}

	static String describe(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "?";
		}
		return browser(userAgent) + " · " + system(userAgent);
	}

	private static String browser(String ua) {
		if (ua.contains("Edg/")) {
			return "Edge";
		}
		if (ua.contains("HeadlessChrome")) {
			return "Chrome (headless)";
		}
		if (ua.contains("Chrome/") || ua.contains("Chromium/")) {
			return "Chrome";
		}
		if (ua.contains("Firefox/")) {
			return "Firefox";
		}
		if (ua.contains("Safari/")) {
			return "Safari";
		}
		return "Browser";
	}

	private static String system(String ua) {
		if (ua.contains("Windows")) {
			return "Windows";
		}
		if (ua.contains("Android")) {
			return "Android";
		}
		if (ua.contains("iPhone") || ua.contains("iPad")) {
			return "iOS";
		}
		if (ua.contains("Mac OS X")) {
			return "macOS";
		}
		if (ua.contains("Linux")) {
			return "Linux";
		}
		return "?";
	}

}

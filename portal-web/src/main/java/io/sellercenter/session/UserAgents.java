package io.sellercenter.session;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough user-agent reading to tell one's own devices apart ("Chrome 131 on
 * Windows", "Safari on iPhone", "WeChat on Android"); not a detection library (see
 * docs/decisions.md for why not uap-java or Yauaa). Two tables, read top down, first
 * match wins: the apps that embed a browser engine before the browsers whose tokens they
 * repeat, the mobile systems before the desktop ones whose names theirs contain.
 */
final class UserAgents {

	/**
	 * A user agent is whatever the client sends: only its start is read, so that a long
	 * one costs no more than an ordinary one.
	 */
	static final int MAX_LENGTH = 512;

	/**
	 * A browser: the pattern that finds it, with its major version as group 1 where the
	 * version helps tell devices apart.
	 */
	private record Browser(String key, Pattern token) {

		static Browser of(String key, String token) {
			return new Browser(key, Pattern.compile(token));
		}

	}

	private record OperatingSystem(String key, Pattern token) {

		static OperatingSystem of(String key, String token) {
			return new OperatingSystem(key, Pattern.compile(token));
		}

	}

	private static final List<Browser> BROWSERS = List.of(
			// Apps first: their user agents also name the engine's browser. WeCom (WeChat
			// for companies) also names WeChat.
			Browser.of("wecom", "wxwork/"), Browser.of("wechat", "MicroMessenger/"),
			Browser.of("dingtalk", "DingTalk/"), Browser.of("lark", "(?:Lark|Feishu)/"),
			Browser.of("qq", "M?QQBrowser/"), Browser.of("uc", "UC?Browser/"), Browser.of("huawei", "HuaweiBrowser/"),
			Browser.of("xiaomi", "MiuiBrowser/"), Browser.of("quark", "Quark/"),
			Browser.of("baidu", "baiduboxapp/|BaiduHD/"), Browser.of("samsung", "SamsungBrowser/(\\d+)"),
			Browser.of("edge", "(?:Edg|EdgA|EdgiOS|Edge)/(\\d+)"), Browser.of("opera", "(?:OPR|OPiOS|Opera)/(\\d+)"),
			Browser.of("firefox", "(?:Firefox|FxiOS)/(\\d+)"),
			// An Android app's web view repeats Chrome's token; "; wv)" tells it apart.
			Browser.of("webview", "; wv\\)"), Browser.of("headless", "HeadlessChrome/(\\d+)"),
			Browser.of("chrome", "(?:Chrome|CriOS|Chromium)/(\\d+)"),
			// Safari names its version as Version/n (the same as its system's on an
			// iPhone:
			// left out). An iOS app's web view names no Safari.
			Browser.of("safari", "Version/[\\d.]+ (?:Mobile/\\w+ )?Safari/"),
			Browser.of("webview", "(?:iPhone|iPad|iPod).*AppleWebKit/(?!.*Safari/)"));

	private static final List<OperatingSystem> SYSTEMS = List.of(OperatingSystem.of("harmony", "HarmonyOS|OpenHarmony"),
			OperatingSystem.of("iphone", "iPhone|iPod"), OperatingSystem.of("ipad", "iPad"),
			// Android tablets leave "Mobile" out (Google's advice to browser makers).
			OperatingSystem.of("android", "Android.*Mobile"), OperatingSystem.of("androidTablet", "Android"),
			OperatingSystem.of("chromeos", "CrOS"), OperatingSystem.of("windows", "Windows"),
			OperatingSystem.of("mac", "Macintosh|Mac OS X"), OperatingSystem.of("linux", "Linux|X11"));

	private UserAgents() {
	}

	/**
	 * What the user agent tells: a browser key, its major version where it helps, and a
	 * system key; null keys for what it does not tell.
	 */
	static Device read(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return new Device(null, null, null);
		}
		String ua = (userAgent.length() > MAX_LENGTH) ? userAgent.substring(0, MAX_LENGTH) : userAgent;
		String browser = null;
		String version = null;
		for (Browser candidate : BROWSERS) {
			Matcher matcher = candidate.token().matcher(ua);
			if (matcher.find()) {
				browser = candidate.key();
				version = (matcher.groupCount() > 0) ? matcher.group(1) : null;
				break;
			}
		}
		String system = null;
		for (OperatingSystem candidate : SYSTEMS) {
			if (candidate.token().matcher(ua).find()) {
				system = candidate.key();
				break;
			}
		}
		return new Device(browser, version, system);
	}

	/**
	 * A browser on a system, as keys of the message bundles ({@code sessions.browser.*},
	 * {@code sessions.system.*}).
	 */
	record Device(String browser, String version, String system) {

	}

}

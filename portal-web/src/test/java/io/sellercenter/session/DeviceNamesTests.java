package io.sellercenter.session;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My sessions" names each device from its user agent in the reader's language: real user
 * agents of the browsers, apps and devices merchants sign in from.
 */
class DeviceNamesTests {

	private final DeviceNames names = new DeviceNames(messages());

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					# Desktop browsers
					Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 | Chrome 131 on Windows | Chrome 131 · Windows
					Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0 | Edge 131 on Windows | Edge 131 · Windows
					Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0 | Firefox 133 on Windows | Firefox 133 · Windows
					Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0 | Firefox 133 on Linux | Firefox 133 · Linux
					Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 | Firefox 128 on Linux | Firefox 128 · Linux
					Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15 | Safari on Mac | Safari · Mac
					Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 | Chrome 131 on Mac | Chrome 131 · Mac
					Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/116.0.0.0 | Opera 116 on Windows | Opera 116 · Windows
					Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 | Chrome 131 on ChromeOS | Chrome 131 · ChromeOS
					Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36 | Headless Chrome 131 on Linux | 无头 Chrome 131 · Linux
					Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.5359.95 Safari/537.36 QBCore/4.0.1326.400 QQBrowser/9.0.2524.400 | QQ Browser on Windows | QQ 浏览器 · Windows
					# Phones and tablets
					Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1 | Safari on iPhone | Safari · iPhone
					Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1 | Safari on iPad | Safari · iPad
					Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1 | Chrome 131 on iPhone | Chrome 131 · iPhone
					Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15 | Firefox 133 on iPhone | Firefox 133 · iPhone
					Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 | Chrome 131 on Android | Chrome 131 · Android
					Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 | Chrome 131 on Android tablet | Chrome 131 · Android 平板
					Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36 | Samsung Internet 26 on Android | 三星浏览器 26 · Android
					Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.0.0 | Edge 131 on Android | Edge 131 · Android
					Mozilla/5.0 (Linux; Android 13; V2183A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64 | WeChat on Android | 微信 · Android
					Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2d) NetType/WIFI Language/zh_CN | WeChat on iPhone | 微信 · iPhone
					Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090a13) | WeChat on Windows | 微信 · Windows
					Mozilla/5.0 (Linux; Android 12; 22081212C Build/SKQ1.220303.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/110.0.5481.153 Mobile Safari/537.36 wxwork/4.1.16 MicroMessenger/7.0.1 NetType/WIFI Language/zh ColorScheme/Light | WeCom on Android | 企业微信 · Android
					Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AliApp(DingTalk/7.5.10) com.laiwang.DingTalk/31216474 Channel/201200 language/zh-Hans-CN UT4Aplus/0.0.6 WK | DingTalk on iPhone | 钉钉 · iPhone
					Mozilla/5.0 (Linux; U; Android 12; zh-cn; 2201123C Build/SKQ1.211006.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.127 Mobile Safari/537.36 XiaoMi/MiuiBrowser/17.8.220115 | Xiaomi Browser on Android | 小米浏览器 · Android
					Mozilla/5.0 (Linux; Android 10; HarmonyOS; NOH-AN00; HMSCore 6.13.0.321) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.5735.196 HuaweiBrowser/15.0.4.312 Mobile Safari/537.36 | Huawei Browser on HarmonyOS | 华为浏览器 · 鸿蒙
					Mozilla/5.0 (Linux; U; Android 13; zh-CN; V2227A Build/TP1A.220624.014) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 UCBrowser/16.3.0.1283 Mobile Safari/537.36 | UC Browser on Android | UC 浏览器 · Android
					Mozilla/5.0 (Linux; Android 11; Pixel 5 Build/RQ3A.210805.001.A1; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.39 Mobile Safari/537.36 | In-app browser on Android | 应用内浏览器 · Android
					Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 | In-app browser on iPhone | 应用内浏览器 · iPhone
					# What tells nothing
					curl/8.5.0 | Unknown device | 未知设备
					Mozilla/5.0 (Windows NT 10.0; Win64; x64) | Unknown browser on Windows | 未知浏览器 · Windows
					"" | Unknown device | 未知设备
					""")
	void namesTheDeviceInBothLanguages(String userAgent, String english, String chinese) {
		assertThat(this.names.describe(UserAgents.read(userAgent), Locale.ENGLISH)).isEqualTo(english);
		assertThat(this.names.describe(UserAgents.read(userAgent), Locale.SIMPLIFIED_CHINESE)).isEqualTo(chinese);
	}

	@Test
	void noUserAgentIsAnUnknownDevice() {
		assertThat(this.names.describe(UserAgents.read(null), Locale.ENGLISH)).isEqualTo("Unknown device");
	}

	@Test
	void onlyTheStartOfALongUserAgentIsRead() {
		String padding = "x".repeat(UserAgents.MAX_LENGTH);
		assertThat(UserAgents.read("Mozilla/5.0 (Windows NT 10.0) " + padding + " Firefox/133.0"))
			.isEqualTo(new UserAgents.Device(null, null, "windows"));
		// A hostile one, long and repetitive, is read as quickly as any other.
		long start = System.nanoTime();
		UserAgents.read("iPhone AppleWebKit/".repeat(100_000));
		assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
	}

	private static ResourceBundleMessageSource messages() {
		// As Spring Boot sets it up (spring.messages in application.yml).
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}

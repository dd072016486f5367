package io.sellercenter.testsupport;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * One Playwright driver and one headless Chromium per test JVM (each driver unpacks a
 * large bundle, so it is made once), with Debian's Chromium: Playwright never downloads a
 * browser here.
 */
public final class Browser {

	private static Playwright playwright;

	private static com.microsoft.playwright.Browser chromium;

	private Browser() {
	}

	public static synchronized com.microsoft.playwright.Browser chromium() {
		if (chromium == null) {
			playwright = Playwright.create();
			chromium = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setHeadless(true)
					.setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
							"--disable-background-networking", "--disable-component-update", "--disable-sync")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				chromium.close();
				playwright.close();
			}));
		}
		return chromium;
	}

}

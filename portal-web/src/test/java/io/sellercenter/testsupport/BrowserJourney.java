package io.sellercenter.testsupport;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the browser journeys: the real portal on its port with the real provider, and a
 * fresh browser context (its own cookies) per test. A failing test leaves a screenshot
 * under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = PortalTestServices.class)
public abstract class BrowserJourney {

	protected BrowserContext browser;

	protected Page page;

	private String testName;

	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			screenshot("FAILED-" + BrowserJourney.this.testName);
			close();
		}

		@Override
		public void testSuccessful(ExtensionContext context) {
			close();
		}

		@Override
		public void testAborted(ExtensionContext context, Throwable cause) {
			close();
		}
	};

	@BeforeEach
	void openBrowser(TestInfo info) {
		this.testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
				+ info.getTestMethod().map((m) -> m.getName()).orElse("");
		this.browser = newContext();
		this.page = this.browser.newPage();
		this.page.setDefaultTimeout(10_000);
	}

	/** Closed by the watcher, after a failure's screenshot has been taken. */
	private void close() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	/** Another person's browser, with cookies of its own. */
	protected BrowserContext newContext() {
		return Browser.chromium()
			.newContext(
					new com.microsoft.playwright.Browser.NewContextOptions().setLocale(Locale.ENGLISH.toLanguageTag())
						.setViewportSize(1366, 860));
	}

	protected String portal(String path) {
		return PortalTestServices.portalUrl() + path;
	}

	protected String idp(String path) {
		return PortalTestServices.idpUrl() + path;
	}

	/**
	 * The page this test's browser shows, as the same user, in both languages at 1366 and
	 * 390 px: target/screenshots/shots/{name}-{en|zh}-{width}.png, to look at.
	 */
	public void shots(String name) {
		shots(this.page, name);
	}

	/** The same for another browser of the test (an operator's, say). */
	public void shots(Page shown, String name) {
		shots(shown, name, (copy) -> {
		});
	}

	/**
	 * A page that a form's answer shows, which its address does not open again: in each
	 * browser the steps run on the current page (fill the form with bad values, submit)
	 * before the picture is taken. Steps select by test id or element id, as the labels
	 * change with the language.
	 */
	public void shots(String name, Consumer<Page> steps) {
		shots(this.page, name, steps);
	}

	private void shots(Page shown, String name, Consumer<Page> steps) {
		String state = shown.context().storageState();
		for (String lang : java.util.List.of("en", "zh-CN")) {
			for (int width : new int[] { 1366, 390 }) {
				try (BrowserContext context = Browser.chromium()
					.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale(lang)
						.setViewportSize(width, 860)
						.setStorageState(state))) {
					// The browser's language decides, not a language chosen earlier.
					context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("portal-lang"));
					Page copy = context.newPage();
					copy.navigate(shown.url());
					Path file = Path.of("target", "screenshots", "shots",
							name + "-" + lang.substring(0, 2) + "-" + width + ".png");
					try {
						steps.accept(copy);
					}
					catch (RuntimeException ex) {
						copy.screenshot(new Page.ScreenshotOptions().setFullPage(true)
							.setPath(file.resolveSibling("FAILED-" + file.getFileName())));
						throw ex;
					}
					settle(copy);
					copy.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(file));
				}
			}
		}
	}

	/**
	 * Waits a moment for what scripts fetch after the page has loaded (the bell's count);
	 * a page that keeps polling is taken as it is.
	 */
	private static void settle(Page page) {
		try {
			page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(3000));
		}
		catch (PlaywrightException ex) {
			// still busy: as it is
		}
	}

	public void screenshot(String name) {
		if (this.page != null && !this.page.isClosed()) {
			this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target", "screenshots", name + ".png")));
		}
	}

}

package io.sellercenter.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.sellercenter.testsupport.Browser;
import io.sellercenter.testsupport.OrderFeedFixtures;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import io.sellercenter.testsupport.Pages.SignIn;
import io.sellercenter.usage.UsagePushClient;
import io.sellercenter.usage.UsageValidator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the demo data, as each demo user, in both languages (issue 13): the walk
 * follows the links of the portal from the home page and fails on any text that shows the
 * portal's internals — an enum constant, a raw pushed timestamp, a JSON brace in a table
 * cell, a message key — and on a link that leads nowhere.
 */
class PageWalkIT extends BrowserJourney {

	/**
	 * Upper-case words a page may show: the product's and the demo data's, not the
	 * code's. Data shown as typed or received (a user agent, a pushed value) sits in
	 * code, kbd, samp or an element marked data-raw, which the walk leaves out.
	 */
	private static final Set<String> WORDS = Set.of("HMAC", "SHA256", "HTTPS", "HTTP", "JSON", "UUID", "ICP", "JPEG",
			"NGINX");

	private static final Pattern ENUM = Pattern.compile("\\b[A-Z][A-Z_]{3,}\\b");

	private static final Pattern RAW_TIME = Pattern
		.compile("\\b\\d{8}T\\d{6}Z\\b|\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

	private static final Pattern KEY_LIKE = Pattern.compile("\\b[a-z][A-Za-z]+(\\.[A-Za-z][A-Za-z0-9_]*)+\\b");

	/**
	 * Pages of one kind (their address without ids and query) opened per user and
	 * language: a list, a filtered list and a second page, or three records.
	 */
	private static final int PER_KIND = 3;

	private static final int MAX_PAGES = 200;

	private final Set<String> keys = bundleKeys();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UsageValidator validator;

	@Test
	void noPageShowsAnInternalCodeInEitherLanguage() throws Exception {
		String key = activity();
		try {
			walkAll();
		}
		finally {
			// A merchant may have three keys active: the next test's key is not refused
			// for ours.
			this.jdbc.update("UPDATE integration_key SET status = 'DISABLED' WHERE key_id = ?", key);
		}
	}

	private void walkAll() {
		List<String> findings = new ArrayList<>();
		Map<String, Integer> opened = new HashMap<>();
		for (String user : List.of("acme-admin", "acme-ops", "acme-support", "mkt-reviewer")) {
			for (String lang : List.of("en", "zh-CN")) {
				BrowserContext context = Browser.chromium()
					.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale(lang)
						.setViewportSize(1366, 860));
				try {
					Page page = context.newPage();
					signIn(page, user);
					opened.put(user + " " + lang, walk(page, user + " " + lang, findings));
				}
				finally {
					context.close();
				}
			}
		}
		System.out.println("Page walk, pages opened: " + opened);
		assertThat(opened.values()).allMatch((n) -> n >= 5);
		assertThat(findings).as("internals shown on pages").isEmpty();
	}

	/**
	 * What a merchant's day leaves on the pages beyond the demo data: a key, accepted,
	 * rejected and duplicate usage records, and an order export with a filter.
	 */
	private String activity() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 6);
		String instance = "ins-walk-" + run;
		new OrderFeedFixtures(this.jdbc).instance(instance, "acme", "WordPress One-Click", "ON_DEMAND", "NORMAL",
				"c-walk-" + run, 10);
		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.navigate(portal("/usage/keys"));
		this.page.getByLabel("Name").fill("Walk key");
		this.page.getByTestId("create-key").click();
		String keyId = this.page.getByTestId("new-key-id").textContent().trim();
		String secret = this.page.getByTestId("new-key-secret").textContent().trim();
		UsagePushClient client = new UsagePushClient(URI.create(portal("")), keyId, secret);
		String begin = minutesAgo(10);
		String end = minutesAgo(5);
		client.send("{\"usage_records\":[" + record(instance, begin, end, "2.5", run + "-good") + ","
				+ record(instance, begin, end, "-1", run + "-bad") + ","
				+ record("nope-" + run, begin, end, "1", run + "-lost") + "]}");
		while (this.validator.validateBatch(500) > 0) {
			// judge everything waiting
		}
		client.send("{\"usage_records\":[" + record(instance, begin, end, "3", run + "-good") + "]}");
		while (this.validator.validateBatch(500) > 0) {
			// and the duplicate
		}
		this.page.navigate(portal("/orders?status=PROCESSING"));
		this.page.waitForDownload(() -> this.page.getByTestId("export").click());
		return keyId;
	}

	private static String record(String instance, String begin, String end, String value, String sn) {
		return "{\"instance_id\":\"" + instance + "\",\"record_time\":\"" + end + "\",\"begin_time\":\"" + begin
				+ "\",\"end_time\":\"" + end + "\",\"usage_value\":" + value + ",\"metering_sn\":\"" + sn + "\"}";
	}

	private static String minutesAgo(int minutes) {
		return LocalDateTime.now(ZoneOffset.UTC)
			.minusMinutes(minutes)
			.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
	}

	private void signIn(Page page, String user) {
		if (user.startsWith("acme-") && !user.equals("acme-admin")) {
			page.navigate(portal("/login"));
			new SignIn(page).asIamUserOf("acme").signIn(user, "demo");
		}
		else {
			Pages.signIn(page, portal(""), user);
		}
		page.waitForLoadState();
	}

	/** Opens the pages reachable from home, at most {@link #PER_KIND} of each kind. */
	private int walk(Page page, String who, List<String> findings) {
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new LinkedHashSet<>(queue);
		Map<String, Integer> kinds = new HashMap<>();
		int count = 0;
		while (!queue.isEmpty() && count < MAX_PAGES) {
			String path = queue.poll();
			if (kinds.merge(kind(path), 1, Integer::sum) > PER_KIND) {
				continue;
			}
			Response response;
			try {
				response = page.navigate(portal(path));
			}
			catch (com.microsoft.playwright.PlaywrightException ex) {
				if (ex.getMessage().contains("Download is starting")) {
					continue;
				}
				throw ex;
			}
			count++;
			if (response == null || response.status() >= 400) {
				findings.add(who + " " + path + ": answers " + (response == null ? "nothing" : response.status()));
				continue;
			}
			inspect(page, who + " " + path, findings);
			@SuppressWarnings("unchecked")
			List<String> links = (List<String>) page
				.evaluate("() => Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))");
			for (String link : links) {
				String next = internal(link);
				if (next != null && seen.add(next)) {
					queue.add(next);
				}
			}
		}
		return count;
	}

	private void inspect(Page page, String where, List<String> findings) {
		// The text as written, not as styled (headings in capitals by CSS are words), one
		// text node per line so that neighbouring cells stay apart.
		String text = (String) page.evaluate(
				"""
						() => {
						  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
						    acceptNode: n => n.parentElement.closest('script, style, template, code, kbd, samp, pre, [data-raw]')
						      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT });
						  const parts = [];
						  while (walker.nextNode()) { parts.push(walker.currentNode.nodeValue); }
						  return parts.join('\\n');
						}""");
		for (String shown : List.of(text)) {
			Matcher constant = ENUM.matcher(shown);
			while (constant.find()) {
				if (!WORDS.contains(constant.group())) {
					findings.add(where + ": enum-like '" + constant.group() + "' in '" + around(shown, constant) + "'");
				}
			}
			Matcher raw = RAW_TIME.matcher(shown);
			while (raw.find()) {
				findings.add(where + ": raw time '" + raw.group() + "'");
			}
			if (shown.contains("??")) {
				findings.add(where + ": a missing message ('??')");
			}
			Matcher key = KEY_LIKE.matcher(shown);
			while (key.find()) {
				if (this.keys.contains(key.group())) {
					findings.add(where + ": message key '" + key.group() + "'");
				}
			}
		}
		@SuppressWarnings("unchecked")
		List<String> braces = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll('td, dd'))"
				+ ".map(c => c.innerText).filter(t => /[{}]/.test(t) && /[\"':]/.test(t))");
		braces.forEach(
				(cell) -> findings.add(where + ": JSON in a cell: " + cell.substring(0, Math.min(80, cell.length()))));
	}

	/** The portal-relative address of a link worth following, or null. */
	private static String internal(String href) {
		if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("mailto:")
				|| href.startsWith("javascript:")) {
			return null;
		}
		URI uri;
		try {
			uri = URI.create(href.replace(" ", "%20"));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (uri.isAbsolute() || uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
			return null;
		}
		String path = uri.getRawPath();
		String query = uri.getRawQuery();
		// Not pages: files, downloads, sign-out and switches; the language is the walk's.
		if (path.contains("/files") || path.contains("/download") || path.endsWith(".csv") || path.contains("/logout")
				|| path.startsWith("/login") || path.contains("switch-account") || path.startsWith("/css")
				|| path.startsWith("/js") || path.startsWith("/images") || path.contains("/template")
				|| (query != null && query.contains("lang="))) {
			return null;
		}
		return (query == null) ? path : path + "?" + query;
	}

	/** A page's kind: its address with ids and query left out. */
	private static String kind(String path) {
		return path.split("\\?", 2)[0].replaceAll("/\\d+", "/{id}").replaceAll("/[0-9A-Za-z_-]{16,}", "/{id}");
	}

	private static String around(String text, Matcher match) {
		int from = Math.max(0, match.start() - 30);
		int to = Math.min(text.length(), match.end() + 30);
		return text.substring(from, to).replace('\n', ' ');
	}

	private static Set<String> bundleKeys() {
		Properties bundle = new Properties();
		try (InputStream in = PageWalkIT.class.getResourceAsStream("/messages.properties")) {
			bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return bundle.stringPropertyNames();
	}

}

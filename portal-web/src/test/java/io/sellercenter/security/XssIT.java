package io.sellercenter.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import io.sellercenter.testsupport.Browser;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import io.sellercenter.testsupport.XssPayloads;
import io.sellercenter.testsupport.XssPayloads.Payload;
import io.sellercenter.usage.UsageValidator;
import io.sellercenter.user.UserService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The XSS corpus through every text field and every page that shows it (issue 12): the
 * payloads are written through the real routes ({@link XssWorld}), then every page that
 * shows them is opened in Chromium as the merchant's main account, a sub-user with grants
 * and the operator, in both languages where the page shows a language's own field, and
 * nothing may run, leave a trace or be shown other than typed ({@link XssProbe}).
 */
@Tag("attack")
class XssIT extends BrowserJourney {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@SuppressWarnings("rawtypes")
	SessionRepository sessions;

	@Autowired
	UserService signIns;

	@Autowired
	UsageValidator validator;

	/** User agents a browser may claim: printable ASCII, as HTTP headers carry. */
	private static final List<Payload> USER_AGENTS = List.of(XssPayloads.ALL.get(0), XssPayloads.ALL.get(8),
			XssPayloads.ALL.get(28), XssPayloads.ALL.get(37));

	private final Map<String, XssProbe> probes = new LinkedHashMap<>();

	private final List<BrowserContext> contexts = new ArrayList<>();

	@Test
	void everyPageShowsEveryPayloadAsTypedAndRunsNone() throws Exception {
		long start = System.nanoTime();
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		TestUsers users = new TestUsers(this.jdbc);
		XssWorld world = new XssWorld(mvc, this.jdbc, users, this.signIns, this.validator).build();
		long built = System.nanoTime();
		List<String> findings = new ArrayList<>();
		// Distinct checks: a page (its address without ids and query, in a language) and
		// a
		// payload it must show as typed.
		java.util.Set<String> shown = new java.util.HashSet<>();
		Map<String, Long> times = new java.util.HashMap<>();
		try {
			for (XssWorld.Visit visit : world.visits) {
				XssProbe probe = this.probes.computeIfAbsent(visit.user() + " " + visit.lang(),
						(key) -> probe(users, visit.user(), visit.lang()));
				long opened = System.nanoTime();
				List<String> problems = probe.open(visit);
				times.merge(template(visit), (System.nanoTime() - opened) / 1_000_000, Long::sum);
				problems.forEach((problem) -> findings.add(visit + ": " + problem));
				visit.shows().forEach((payload) -> shown.add(template(visit) + "|" + payload.number()));
			}
			dataItemErrors(world, users).forEach((problem) -> findings.add("data-item errors: " + problem));
			XssPayloads.ALL.forEach((payload) -> shown.add("data-item errors|" + payload.number()));
			for (Payload agent : USER_AGENTS) {
				userAgent(agent).forEach((problem) -> findings.add("user agent " + agent + ": " + problem));
				shown.add("session details (user agent)|" + agent.number());
			}
			if (System.getProperty("xss.shots") != null) {
				shots(world, users, java.nio.file.Path.of(System.getProperty("xss.shots")));
			}
		}
		finally {
			this.contexts.forEach(BrowserContext::close);
		}
		System.out.printf(
				"XSS walk: %d payloads; %d distinct payload-field pairs written, %d distinct payload-page"
						+ " pairs checked; %d pages opened; set-up %d ms, walk %d ms%n",
				XssPayloads.ALL.size() + XssPayloads.EMAILS.size(), world.written.size(), shown.size(),
				world.visits.size(), (built - start) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
		System.out.println("XSS walk, slowest pages (ms in all): " + times.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(12)
			.toList());
		assertThat(findings).as("what the payloads did").isEmpty();
	}

	/**
	 * Screenshots of the pages the fixes changed, with the corpus in them, in both
	 * languages at 1366 and 390 px (asked for with {@code -Dxss.shots=<directory>}).
	 */
	private void shots(XssWorld world, TestUsers users, java.nio.file.Path directory) {
		Map<String, String[]> pages = new LinkedHashMap<>();
		pages.put("home-long-name", new String[] { world.longNameAdmin, "/" });
		pages.put("profile-long-name", new String[] { world.longNameAdmin, "/merchant/profile" });
		pages.put("assets", new String[] { world.seller, "/assets" });
		pages.put("order-exports", new String[] { world.seller, "/orders/export-history" });
		pages.put("usage-exports", new String[] { world.seller, "/usage/export-history" });
		pages.put("record-long-sn", new String[] { world.seller, "/usage/records/" + world.longSnRecord });
		pages.put("sub-users", new String[] { world.seller, "/sub-users" });
		pages.put("viewer-home-emoji-name", new String[] { world.viewer(), "/" });
		pages.put("draft-too-long", new String[] { world.seller, "/products/applications/" + world.imageDraft });
		for (String lang : List.of("en", "zh-CN")) {
			for (int width : List.of(1366, 390)) {
				for (Map.Entry<String, String[]> shot : pages.entrySet()) {
					BrowserContext context = Browser.chromium()
						.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale(lang)
							.setViewportSize(width, 860));
					this.contexts.add(context);
					context.addCookies(
							List.of(new Cookie("SESSION", users.sessionCookie(this.sessions, shot.getValue()[0]))
								.setUrl(portal("/"))));
					com.microsoft.playwright.Page page = context.newPage();
					page.navigate(portal(shot.getValue()[1]));
					if (shot.getKey().equals("draft-too-long")) {
						page.locator("#nameZh").fill(XssPayloads.ALL.get(66).text());
						page.getByTestId("save-draft").click();
						page.waitForLoadState();
					}
					page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true)
						.setPath(directory.resolve(shot.getKey() + "-" + lang + "-" + width + ".png")));
					context.close();
				}
			}
		}
	}

	/**
	 * The page a visit opens, as a page of the portal: without ids and query, in its
	 * language.
	 */
	private static String template(XssWorld.Visit visit) {
		return visit.lang() + " " + visit.path().replaceAll("\\?.*", "").replaceAll("/(\\d+|xss-[^/]*)", "/{id}");
	}

	/**
	 * A workbook of data items whose type and required-flag cells hold the payloads: the
	 * form lists every such cell with its value, which must be shown as typed.
	 */
	private List<String> dataItemErrors(XssWorld world, TestUsers users) {
		XssProbe probe = this.probes.computeIfAbsent(world.seller + " en", (key) -> probe(users, world.seller, "en"));
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "Item name", "Data type", "Description", "Sample value", "Required" });
		List<Payload> all = XssPayloads.ALL;
		for (int i = 0; i < all.size(); i += 2) {
			rows.add(new String[] { "item-" + i, all.get(i).text(), "d", "", all.get((i + 1) % all.size()).text() });
		}
		probe.page().navigate(portal("/products/applications/" + world.dataFileDraft));
		probe.page()
			.locator("#dataItemsFile")
			.setInputFiles(new FilePayload("items.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(rows)));
		probe.clear();
		Response answer = probe.page()
			.waitForResponse((r) -> "POST".equals(r.request().method()),
					() -> probe.page().getByTestId("save-draft").click());
		probe.page().waitForLoadState();
		// The messages quote at most 50 characters of a cell (CellError).
		List<Payload> quoted = all.stream()
			.map((p) -> new Payload(p.number(), p.kind(), cut(p.text().strip(), 50)))
			.toList();
		return probe.inspect(new XssWorld.Visit(world.seller, "en", "(data-item workbook)", quoted, false, false, null),
				answer.status());
	}

	/**
	 * A sign-in through the identity provider from a browser that calls itself by a
	 * payload: the session's page shows the user agent as sent.
	 */
	private List<String> userAgent(Payload agent) {
		BrowserContext context = Browser.chromium()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en")
				.setUserAgent(agent.text())
				.setViewportSize(1366, 860));
		this.contexts.add(context);
		XssProbe probe = new XssProbe(context, portal(""));
		Pages.Portal portal = Pages.signIn(probe.page(), portal(""), "globex-admin");
		probe.page().navigate(portal("/sessions"));
		String session = probe.page().locator("tr:has(.badge-ok) a").first().getAttribute("href");
		List<String> problems = probe
			.open(new XssWorld.Visit("globex-admin", "en", session, List.of(agent), false, false, null));
		portal.signOut();
		return problems;
	}

	private static String cut(String text, int codePoints) {
		return (text.codePointCount(0, text.length()) <= codePoints) ? text
				: text.substring(0, text.offsetByCodePoints(0, codePoints));
	}

	/** An .xlsx of one sheet with these rows of text (inline strings). */
	private static byte[] xlsx(List<String[]> rows) {
		StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		for (int r = 0; r < rows.size(); r++) {
			sheet.append("<row r=\"").append(r + 1).append("\">");
			for (int c = 0; c < rows.get(r).length; c++) {
				sheet.append("<c r=\"")
					.append((char) ('A' + c))
					.append(r + 1)
					.append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
					.append(rows.get(r)[c].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
					.append("</t></is></c>");
			}
			sheet.append("</row>");
		}
		sheet.append("</sheetData></worksheet>");
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
				+ "</Types>");
		parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
				+ "</Relationships>");
		parts.put("xl/workbook.xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
						+ "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
						+ " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
						+ "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
		parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
				+ "</Relationships>");
		parts.put("xl/worksheets/sheet1.xml", sheet.toString());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	@SuppressWarnings("unchecked")
	private XssProbe probe(TestUsers users, String user, String lang) {
		BrowserContext context = Browser.chromium()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale(lang)
				.setViewportSize(1366, 860));
		this.contexts.add(context);
		context
			.addCookies(List.of(new Cookie("SESSION", users.sessionCookie(this.sessions, user)).setUrl(portal("/"))));
		return new XssProbe(context, portal(""));
	}

}

package io.sellercenter.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.sellercenter.session.SessionLinks;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists that fit (issue 13): every list page of the demo data, in English and Chinese, at
 * 1366 px scrolls neither the page nor a table sideways and wraps no short value one
 * character per line; at 390 px its rows are cards, each value beside its column's
 * heading (portal.css "Lists", static/js/lists.js).
 */
class ListLayoutIT extends BrowserJourney {

	/** The merchant's list pages (an order's page has three lists of its own). */
	private static final List<String> MERCHANT_LISTS = List.of("/orders", "/orders/export-history", "/products",
			"/products/applications", "/assets", "/usage", "/usage/export-history", "/usage/keys", "/sub-users",
			"/audit", "/notifications", "/sessions");

	private static final List<String> OPERATOR_LISTS = List.of("/operator", "/operator/reviews", "/operator/audit",
			"/operator/appeals", "/operator/unsubscribes", "/notifications", "/sessions");

	/** Pages whose list is not a table. */
	private static final List<String> NO_TABLE = List.of("/notifications");

	/** Lists that the demo data fills: they must show cards on a phone. */
	private static final List<String> FILLED = List.of("/orders", "/products", "/usage", "/sub-users", "/sessions",
			"/operator/reviews");

	/** The outermost elements that stick out of the window, to say what to fix. */
	private static final String OUTSIDE = """
			const OUTSIDE = () => {
			  const out = (el) => el.getBoundingClientRect().right > window.innerWidth + 0.5;
			  const found = [...document.body.querySelectorAll('*')]
			    .filter((el) => out(el) && !(el.parentElement && out(el.parentElement)))
			    .slice(0, 5)
			    .map((el) => el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ' to '
			        + el.getBoundingClientRect().right.toFixed(1));
			  return ' (' + found.join(', ') + ')';
			};
			""";

	/**
	 * What does not fit: the page or a table's box scrolling sideways, and table cells of
	 * short text (under 12 characters) more than three lines tall, that is, wrapped
	 * character by character in a squeezed column.
	 */
	private static final String MISFITS = """
			() => {
			  const problems = [];
			  const doc = document.scrollingElement;
			  if (doc.scrollWidth > window.innerWidth) {
			    problems.push('the page scrolls sideways: ' + doc.scrollWidth + ' > ' + window.innerWidth + OUTSIDE());
			  }
			  for (const box of document.querySelectorAll('.table-responsive')) {
			    if (box.scrollWidth > box.clientWidth + 1) {
			      const table = box.querySelector('table');
			      const row = table.tBodies[0] && table.tBodies[0].rows[0];
			      const widths = row ? [...row.cells].map((c) => Math.round(c.getBoundingClientRect().width)) : [];
			      problems.push('table ' + table.dataset.testid + ' scrolls sideways: '
			          + box.scrollWidth + ' > ' + box.clientWidth + ', columns ' + widths.join(' + '));
			    }
			  }
			  for (const cell of document.querySelectorAll('table td, table th')) {
			    const text = cell.innerText.replace(/\\s+/g, ' ').trim();
			    if (!text || text.length >= 12) continue;
			    const range = document.createRange();
			    range.selectNodeContents(cell);
			    const style = getComputedStyle(cell);
			    const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
			    const height = range.getBoundingClientRect().height;
			    if (height > 3 * line + 1) {
			      problems.push('"' + text + '" wraps into ' + Math.round(height / line) + ' lines');
			    }
			  }
			  return problems;
			}""";

	/**
	 * What is not a card at phone width: a list table's row still laid out as a row, or a
	 * cell that does not show its column's heading.
	 */
	private static final String NOT_CARDS = """
			() => {
			  const problems = [];
			  const tables = document.querySelectorAll('table.list-table');
			  let cards = 0;
			  for (const table of tables) {
			    const headings = [...table.tHead.rows[0].cells].map((th) => th.textContent.replace(/\\s+/g, ' ').replace(/\\s*[\\u2191\\u2193]$/, '').trim());
			    for (const row of table.tBodies[0].rows) {
			      if (row.cells.length === 1 && row.cells[0].colSpan > 1) continue;
			      cards++;
			      if (getComputedStyle(row).display !== 'block') {
			        problems.push(table.dataset.testid + ': a row is laid out as ' + getComputedStyle(row).display);
			      }
			      const cell = row.cells[0];
			      const label = getComputedStyle(cell, '::before').content;
			      if (headings[0] && label !== JSON.stringify(headings[0])) {
			        problems.push(table.dataset.testid + ': the first cell shows ' + label + ', not "' + headings[0] + '"');
			      }
			    }
			  }
			  if (document.scrollingElement.scrollWidth > window.innerWidth) {
			    problems.push('the page scrolls sideways: ' + document.scrollingElement.scrollWidth + ' > ' + window.innerWidth
			        + OUTSIDE());
			  }
			  return { tables: tables.length, cards: cards, problems: problems };
			}""";

	@Autowired
	SessionLinks links;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void merchantListsFitAtDesktopAndBecomeCardsOnAPhone() {
		long request = ledgerRows();
		try {
			Pages.signIn(this.page, portal(""), "acme-admin");
			List<String> pages = new ArrayList<>(MERCHANT_LISTS);
			this.page.navigate(portal("/orders"));
			pages.add(
					this.page.getByTestId("order-id").first().getAttribute("href").replaceFirst("^https?://[^/]+", ""));
			assertFit(this.page, pages);
			assertLongNamesAreCut();
		}
		finally {
			removeLedgerRows(request);
		}
	}

	/**
	 * A long product name on the orders list is cut with an ellipsis, its whole text in
	 * its title and in the page, and the table still fits.
	 */
	private void assertLongNamesAreCut() {
		this.page.navigate(portal("/orders?lang=en"));
		@SuppressWarnings("unchecked")
		Map<String, Object> cut = (Map<String, Object>) this.page.evaluate(
				"""
						() => {
						  const line = document.querySelector('[data-testid=order-table] tbody tr td:nth-child(4) .list-truncate');
						  const name = 'WordPress One-Click with WooCommerce, Redis object cache and daily backups to object storage';
						  line.querySelector('span').textContent = name;
						  line.title = name;
						  const box = line.closest('.table-responsive');
						  return { width: line.getBoundingClientRect().width, cut: line.scrollWidth > line.clientWidth,
						           ellipsis: getComputedStyle(line).textOverflow, title: line.title, text: line.textContent,
						           tableFits: box.scrollWidth <= box.clientWidth };
						}""");
		assertThat(((Number) cut.get("width")).doubleValue()).isLessThanOrEqualTo(240.5);
		assertThat(cut).containsEntry("cut", true)
			.containsEntry("ellipsis", "ellipsis")
			.containsEntry("tableFits", true);
		assertThat((String) cut.get("text")).contains("daily backups to object storage");
		assertThat((String) cut.get("title")).endsWith("daily backups to object storage");
	}

	@Test
	void operatorListsFitAtDesktopAndBecomeCardsOnAPhone() {
		Pages.signIn(this.page, portal(""), "mkt-reviewer");
		assertFit(this.page, OPERATOR_LISTS);
	}

	/**
	 * Each session is named by its browser and device, in the reader's language; and the
	 * pictures of the lists to look at.
	 */
	@Test
	void sessionsNameTheirDevicesAndListsAreShot() {
		long admin = this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = 'acme-admin'", Long.class);
		this.links.endAll(admin);
		Map<String, String> devices = Map.of("Chrome 131 on Windows",
				"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
				"Safari on iPhone",
				"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
				"WeChat on Android",
				"Mozilla/5.0 (Linux; Android 13; V2183A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64");
		for (String agent : devices.values()) {
			try (BrowserContext other = io.sellercenter.testsupport.Browser.chromium()
				.newContext(
						new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en").setUserAgent(agent))) {
				Pages.signIn(other.newPage(), portal(""), "acme-admin");
			}
		}
		Pages.signIn(this.page, portal(""), "acme-admin");

		this.page.navigate(portal("/sessions?lang=en"));
		for (String device : devices.keySet()) {
			assertThat(this.page.getByTestId("session-table")).containsText(device);
		}
		assertThat(this.page.getByTestId("session-table")).not().containsText("?");
		this.page.navigate(portal("/sessions?lang=zh-CN"));
		assertThat(this.page.getByTestId("session-table")).containsText("微信 · Android");
		// The pictures take each language from the browser: an address without ?lang=.
		this.page.navigate(portal("/sessions"));
		shots("lists-sessions");

		long request = ledgerRows();
		try {
			for (String[] list : new String[][] { { "/orders", "lists-orders" }, { "/products", "lists-products" },
					{ "/usage", "lists-ledger" }, { "/sub-users", "lists-sub-users" } }) {
				this.page.navigate(portal(list[0]));
				shots(list[1]);
			}
		}
		finally {
			removeLedgerRows(request);
			this.links.endAll(admin);
		}
	}

	/**
	 * The demo data has no usage records: a few of Acme's, one per state, for the time of
	 * the test (the usage tests keep to merchants of their own). Returns their request.
	 */
	private long ledgerRows() {
		long acme = this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class);
		Map<String, Object> instance = this.jdbc.queryForMap(
				"SELECT instance_id, product_id FROM order_instance WHERE merchant_id = ? ORDER BY id LIMIT 1", acme);
		String nonce = "lists-" + java.util.UUID.randomUUID();
		this.jdbc.update("INSERT INTO usage_request (merchant_id, key_id, nonce, ts, record_count, received_at)"
				+ " VALUES (?, 'lists-key', ?, 0, 0, UTC_TIMESTAMP(6))", acme, nonce);
		long request = this.jdbc.queryForObject("SELECT id FROM usage_request WHERE nonce = ?", Long.class, nonce);
		String[][] rows = { { "ACCEPTED", null }, { "REJECTED", "003" }, { "BILLED", null }, { "REJECTED", "001" } };
		for (int i = 0; i < rows.length; i++) {
			boolean known = !"001".equals(rows[i][1]);
			this.jdbc
				.update("""
						INSERT INTO usage_record (merchant_id, request_id, instance_id, record_time, begin_time, end_time,
						                          usage_value, metering_sn, received_at)
						VALUES (?, ?, ?, '20261207T030000Z', '20261207T020000Z', '20261207T030000Z', ?, ?, UTC_TIMESTAMP(6))""",
						acme, request, known ? instance.get("instance_id") : "ins-unknown-0001",
						(i == 1) ? "-2" : "1.5", "lists-" + request + "-" + i);
			this.jdbc.update("""
					INSERT INTO usage_verdict (record_id, merchant_id, state, code, verdict_at, received_at, product_id)
					SELECT id, merchant_id, ?, ?, UTC_TIMESTAMP(6), received_at, ? FROM usage_record
					WHERE request_id = ? AND metering_sn = ?""", rows[i][0], rows[i][1],
					known ? instance.get("product_id") : null, request, "lists-" + request + "-" + i);
		}
		return request;
	}

	private void removeLedgerRows(long request) {
		this.jdbc.update(
				"DELETE FROM usage_verdict WHERE record_id IN (SELECT id FROM usage_record WHERE request_id = ?)",
				request);
		this.jdbc.update("DELETE FROM usage_record WHERE request_id = ?", request);
		this.jdbc.update("DELETE FROM usage_request WHERE id = ?", request);
	}

	private void assertFit(Page page, List<String> paths) {
		List<String> problems = new ArrayList<>();
		for (String lang : List.of("en", "zh-CN")) {
			for (String path : paths) {
				page.setViewportSize(1366, 860);
				page.navigate(portal(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
				page.waitForLoadState();
				@SuppressWarnings("unchecked")
				List<String> misfits = (List<String>) page
					.evaluate("() => { " + OUTSIDE + " return (" + MISFITS + ")(); }");
				misfits.forEach((misfit) -> problems.add(path + " " + lang + " at 1366 px: " + misfit));

				page.setViewportSize(390, 860);
				@SuppressWarnings("unchecked")
				Map<String, Object> cards = (Map<String, Object>) page
					.evaluate("() => { " + OUTSIDE + " return (" + NOT_CARDS + ")(); }");
				if (!NO_TABLE.contains(path) && ((Number) cards.get("tables")).intValue() == 0) {
					problems.add(path + " " + lang + ": no list table");
				}
				if (FILLED.contains(path) && ((Number) cards.get("cards")).intValue() == 0) {
					problems.add(path + " " + lang + " at 390 px: no card");
				}
				@SuppressWarnings("unchecked")
				List<String> notCards = (List<String>) cards.get("problems");
				notCards.forEach((problem) -> problems.add(path + " " + lang + " at 390 px: " + problem));
			}
		}
		// Pictures of every list to look at, when asked for (-Dlists.shots=all).
		if ("all".equals(System.getProperty("lists.shots"))) {
			for (String path : paths) {
				page.navigate(portal(path));
				shots(page, "lists-all" + path.replaceAll("[^a-zA-Z0-9]+", "-"));
			}
		}
		page.setViewportSize(1366, 860);
		assertThat(problems).isEmpty();
	}

}

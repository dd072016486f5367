package io.sellercenter.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.sellercenter.testsupport.XssPayloads;
import io.sellercenter.testsupport.XssPayloads.Payload;

/**
 * One signed-in browser page that listens for everything a payload that ran would cause:
 * a dialog, an error on the console (Chromium reports content-security-policy violations
 * there), an uncaught error, a {@code securitypolicyviolation} event, a request to any
 * other host. After each page loads it also looks for what a payload that did not run
 * would leave behind (an element or attribute no template writes), checks the payloads
 * are shown as typed, and that the page does not scroll sideways.
 */
final class XssProbe {

	/** Listens for violations of the content security policy from the first script on. */
	private static final String LISTEN = """
			window.__xss = [];
			document.addEventListener('securitypolicyviolation', (e) =>
			    window.__xss.push('CSP violation: ' + e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')));
			""";

	/**
	 * What no template writes: inline event handlers, style attributes, script URLs,
	 * scripts not from this origin, and elements the payloads would add.
	 */
	private static final String INJECTED = """
					() => {
					  const found = [];
					  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background'];
					  for (const el of document.querySelectorAll('*')) {
					    const tag = el.tagName.toLowerCase();
					    // A chart's container and what ECharts draws in it (a canvas) are sized with
					    // style attributes by static/js/charts.js, from JSON, never from markup.
					    const drawn = el.closest('.chart[data-chart-src]') !== null && (tag === 'div' || tag === 'canvas');
					    for (const a of el.attributes) {
					      const name = a.name.toLowerCase();
					      if (name.startsWith('on')) found.push('injected ' + tag + '[' + name + ']');
					      if ((name === 'style' && !drawn) || name === 'autofocus' || name === 'srcdoc') found.push('injected ' + tag + '[' + name + ']');
					      if (urlAttributes.includes(name) && /^\\s*(javascript|vbscript|data):/i.test(a.value.replace(/[\\u0000-\\u0020]/g, ''))
					          && !(tag === 'img' && /^data:image\\//.test(a.value))) found.push('injected ' + tag + '[' + name + '=' + a.value + ']');
					    }
					    if (['iframe', 'frame', 'object', 'embed', 'base', 'marquee', 'video', 'audio', 'source', 'details', 'math',
					         'animate', 'set', 'foreignobject', 'style', 'meta', 'link', 'b', 'br', 'body'].includes(tag)
					        && el.closest('body') && !(tag === 'body' && el === document.body)) found.push('injected <' + tag + '>');
					    if (tag === 'script' && !(el.src && new URL(el.src).origin === location.origin)) found.push('injected <script> ' + (el.src || el.textContent.slice(0, 40)));
					    if (tag === 'img' && el.src && new URL(el.src, location.href).origin !== location.origin) found.push('injected <img src=' + el.src + '>');
					  }
					  // Half of a character (one of a surrogate pair): text cut by UTF-16 units.
					  const texts = [document.body.textContent]
					      .concat([...document.querySelectorAll('input, textarea')].map((el) => el.value));
					  if (texts.some((t) => /[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(^|[^\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]/.test(t))) {
					    found.push('text cut in half a character (a lone surrogate)');
					  }
					  // The avatar is the first character of the user's name that shows, whole.
					  const avatar = document.querySelector('.avatar');
					  const name = document.querySelector('.user-name');
					  if (avatar && name && (!name.textContent.includes(avatar.textContent)
					      || /^[\\p{Cf}\\p{Z}\\p{M}]*$/u.test(avatar.textContent))) {
					    found.push('avatar shows "' + avatar.textContent + '" for "' + name.textContent + '"');
					  }
					  return found.concat(window.__xss || []);

			}""";

	/**
	 * The page's text as a person reads it: the text of the document and the values of
	 * its fields.
	 */
	private static final String TEXT = """
			() => {
			  const parts = [document.title, document.body ? document.body.textContent : ''];
			  for (const el of document.querySelectorAll('input, textarea')) {
			    if (!['hidden', 'file', 'checkbox', 'radio', 'submit', 'button'].includes(el.type)) parts.push(el.value);
			  }
			  return parts.join('\\n');
			}""";

	/**
	 * Whether the page scrolls sideways, and the outermost elements that stick out (not
	 * those inside a box that scrolls itself, such as a wide table's).
	 */
	private static final String SCROLLS = """
			() => {
			  const doc = document.documentElement;
			  const limit = doc.clientWidth;
			  if (doc.scrollWidth <= limit) return null;
			  const clipped = (el) => {
			    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
			      if (getComputedStyle(p).overflowX !== 'visible') return true;
			    }
			    return false;
			  };
			  const out = (el) => el.getBoundingClientRect().right > limit + 1;
			  const wide = new Set();
			  for (const el of document.body.querySelectorAll('*')) {
			    if (out(el) && !(el.parentElement && out(el.parentElement)) && !clipped(el)) {
			      wide.add(el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className.trim()
			          ? '.' + el.className.trim().split(/\\s+/).join('.') : ''));
			    }
			  }
			  if (wide.size === 0) {
			    for (const el of document.querySelectorAll('*')) {
			      const r = el.getBoundingClientRect();
			      if (r.right > limit + 1 && wide.size < 6) wide.add('*' + el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(r.left) + '-' + Math.round(r.right) + ' ' + getComputedStyle(el).position);
			    }
			  }
			  return doc.scrollWidth + ' > ' + limit + ' at ' + [...wide].slice(0, 6).join(', ');
			}""";

	private final Page page;

	private final List<String> events = new ArrayList<>();

	private final String origin;

	private boolean errorPage;

	XssProbe(BrowserContext context, String origin) {
		this.origin = origin;
		context.addInitScript(LISTEN);
		this.page = context.newPage();
		this.page.setDefaultTimeout(15_000);
		this.page.onDialog((dialog) -> {
			this.events.add("dialog " + dialog.type() + ": " + dialog.message());
			dialog.dismiss();
		});
		this.page.onConsoleMessage((message) -> {
			// Chromium reports a page's own 4xx as an error; pages that answer one on
			// purpose
			// are judged by their status.
			if ("error".equals(message.type()) && !(this.errorPage
					&& message.text().startsWith("Failed to load resource: the server responded with a status of 4"))) {
				this.events.add("console error: " + message.text());
			}
		});
		this.page.onPageError((error) -> this.events.add("page error: " + error));
		this.page.onRequest((request) -> {
			String url = request.url();
			if (!url.startsWith(this.origin) && !url.startsWith("data:")) {
				this.events.add("request to another host: " + url);
			}
		});
	}

	Page page() {
		return this.page;
	}

	/** Forgets what happened so far (a sign-in on the provider's pages). */
	void clear() {
		this.events.clear();
	}

	/**
	 * Opens the page and returns what went wrong: nothing when no payload ran, left a
	 * trace, was shown other than typed, or broke the layout.
	 */
	List<String> open(XssWorld.Visit visit) {
		this.events.clear();
		this.errorPage = visit.errorPage();
		Response response = this.page.navigate(this.origin + visit.path());
		return inspect(visit, (response != null) ? response.status() : 0);
	}

	/**
	 * The checks of {@link #open} on the page as it is now (after a form was sent), which
	 * answered with this status.
	 */
	List<String> inspect(XssWorld.Visit visit, int status) {
		List<String> problems = new ArrayList<>();
		if (visit.errorPage() ? status >= 500 : status != 200) {
			problems.add("HTTP " + status);
		}
		// Events queued while the page loaded (toggle, animation, focus) run first.
		@SuppressWarnings("unchecked")
		Map<String, Object> found = (Map<String, Object>) this.page
			.evaluate("async () => { await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));"
					+ " return { injected: (" + INJECTED + ")(), text: (" + TEXT + ")(), scrolls: (" + SCROLLS
					+ ")() }; }");
		problems.addAll(this.events);
		@SuppressWarnings("unchecked")
		List<String> injected = (List<String>) found.get("injected");
		problems.addAll(injected);
		String text = XssPayloads.normalise((String) found.get("text"));
		for (Payload payload : visit.shows()) {
			if (!text.contains(payload.shown()) && !(visit.auditForm() && text.contains(jsonForm(payload)))) {
				problems.add("not shown as typed: " + payload);
			}
		}
		Object scrolls = found.get("scrolls");
		if (scrolls != null) {
			problems.add("scrolls sideways: " + scrolls);
		}
		if (visit.follow() != null && problems.isEmpty()) {
			// A link the page builds from the payloads (sorting, paging) keeps them as
			// typed.
			String href = this.page.locator(visit.follow()).first().getAttribute("href");
			XssWorld.Visit followed = new XssWorld.Visit(visit.user(), visit.lang(), href, visit.shows(),
					visit.auditForm(), visit.errorPage(), null);
			open(followed).forEach((problem) -> problems.add("after following " + visit.follow() + ": " + problem));
		}
		if (!problems.isEmpty()) {
			this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(java.nio.file.Path.of("target", "screenshots", "xss", shotName(visit))));
		}
		return problems;
	}

	private static String shotName(XssWorld.Visit visit) {
		String name = visit.toString().replaceAll("[^A-Za-z0-9-]+", "_");
		return name.substring(0, Math.min(name.length(), 60)) + "-" + Integer.toHexString(visit.toString().hashCode())
				+ ".png";
	}

	/** How the audit log shows a value it keeps inside JSON. */
	private static String jsonForm(Payload payload) {
		StringBuilder json = new StringBuilder();
		for (char c : payload.text().strip().toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\t' -> json.append("\\t");
				default -> json.append(c);
			}
		}
		return XssPayloads.normalise(json.toString());
	}

}

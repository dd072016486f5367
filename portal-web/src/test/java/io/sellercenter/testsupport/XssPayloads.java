package io.sellercenter.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The XSS corpus: text people and machines may type into any field of the portal. Every
 * payload that could run says so with a number of its own ({@code alert(9)}), so a dialog
 * names the payload that ran. Most payloads fit the common limits (at most 60 characters,
 * one line); the long words, the multi-line text and the e-mail-shaped payloads are for
 * the fields that take them.
 */
public final class XssPayloads {

	/** One payload of the corpus. */
	public record Payload(int number, String kind, String text) {

		public boolean fits(int max) {
			return this.text.length() <= max;
		}

		public boolean multiline() {
			return this.text.indexOf('\n') >= 0;
		}

		/** No control characters (tab, line feed): the platform API refuses them. */
		public boolean printable() {
			return this.text.chars().noneMatch((c) -> c < 0x20 || c == 0x7f);
		}

		/**
		 * Printable ASCII only: what an HTTP header (a nonce, a user agent) can carry.
		 */
		public boolean headerSafe() {
			return this.text.chars().allMatch((c) -> c >= 0x20 && c < 0x7f);
		}

		/**
		 * The payload as a page must show it: runs of ASCII white space are one space,
		 * none at the ends (browsers collapse white space, and forms trim it).
		 */
		public String shown() {
			return normalise(this.text);
		}

		@Override
		public String toString() {
			return "#" + this.number + " (" + this.kind + ")";
		}

	}

	public static final List<Payload> ALL;

	/**
	 * E-mail-shaped payloads that e-mail fields accept (quoted local parts and the
	 * characters RFC 5322 allows unquoted), for the fields that refuse the rest.
	 */
	public static final List<Payload> EMAILS = List.of(
			new Payload(101, "email", "\"<script>alert(101)</script>\"@xss.example"),
			new Payload(102, "email", "\"<img/src=x/onerror=alert(102)>\"@xss.example"),
			new Payload(103, "email", "'onmouseover='alert`103`'@xss.example"),
			new Payload(104, "email", "{{7*7}}|${x}~#{y}@xss.example"));

	static {
		List<Payload> all = new ArrayList<>();
		Adder add = (kind, text) -> all.add(new Payload(all.size() + 1, kind, text));
		// Script elements
		add.add("script", "<script>alert(1)</script>");
		add.add("script", "<SCRIPT SRC=//xss.invalid/2.js></SCRIPT>");
		add.add("script", "</textarea><script>alert(3)</script>");
		add.add("script", "</title><script>alert(4)</script>");
		add.add("script", "<scr<script>ipt>alert(5)</scr</script>ipt>");
		add.add("script", "\"><script>alert(6)</script>");
		add.add("script", "'><script>alert(7)</script>");
		add.add("script", "</script><script>alert(8)</script>");
		// Event handlers
		add.add("event", "<img src=x onerror=alert(9)>");
		add.add("event", "<body onload=alert(10)>");
		add.add("event", "<div onmouseover=\"alert(11)\">hover me</div>");
		add.add("event", "<input autofocus onfocus=alert(12)>");
		add.add("event", "<details open ontoggle=alert(13)>");
		add.add("event", "<video><source onerror=alert(14)></video>");
		add.add("event", "<iframe srcdoc=\"<script>alert(15)</script>\">");
		add.add("event", "<marquee onstart=alert(16)>xss</marquee>");
		add.add("event", "<a href=\"javascript:alert(17)\">click</a>");
		// Script URLs
		add.add("url", "javascript:alert(18)");
		add.add("url", "JaVaScRiPt:alert(19)//");
		add.add("url", "java&#x09;script:alert(20)");
		add.add("url", "&#106;avascript:alert(21)");
		add.add("url", "data:text/html;base64,PHNjcmlwdD5hbGVydCgyMik8L3NjcmlwdD4=");
		add.add("url", "vbscript:msgbox(23)");
		// SVG and MathML
		add.add("svg", "<svg onload=alert(24)>");
		add.add("svg", "<svg><script>alert(25)</script></svg>");
		add.add("svg", "<svg><animate onbegin=alert(26) attributeName=x>");
		add.add("svg", "<math><style><img src=x onerror=alert(27)>");
		add.add("svg", "<svg><a xlink:href=\"javascript:alert(28)\">x</a>");
		// Attributes broken out of
		add.add("attribute", "\" onmouseover=\"alert(29)");
		add.add("attribute", "' onfocus='alert(30)' autofocus='");
		add.add("attribute", "\" autofocus onfocus=alert(31) x=\"");
		add.add("attribute", "x\" style=\"position:fixed;inset:0;background:red");
		add.add("attribute", "`onerror=alert(33)`");
		add.add("attribute", "<img src=\"x\" onerror=\"alert(34)\"");
		add.add("attribute", "<!--<img src=\"--><img src=x onerror=alert(35)//\">");
		// Style
		add.add("css", "</style><style>body{display:none}</style>");
		add.add("css", "<link rel=stylesheet href=//xss.invalid/37.css>");
		// Text that looks like a template of Thymeleaf, SpEL, Angular, MessageFormat or
		// the notifications' placeholders
		add.add("template", "[[${7*7}]] [[${#ctx}]]");
		add.add("template", "[(${T(java.lang.Runtime).getRuntime()})]");
		add.add("template", "__${7*7}__::.x");
		add.add("template", "${7*7} #{7*7} *{7*7} @{/x} ~{::x}");
		add.add("template", "{{constructor.constructor('alert(42)')()}}");
		add.add("template", "{0} {1} '{2}' {merchant} {reason} {{x}}");
		add.add("template", "%s %n %x %d %% 44");
		add.add("template", "<%= 7*7 %> <? echo 45; ?>");
		add.add("template", "th:text=\"${x}\" th:utext=\"<b>46</b>\"");
		add.add("template", "${@environment.getProperty('user.home')}");
		// Entities and encodings that must stay as typed
		add.add("encoding", "&lt;script&gt;alert(48)&lt;/script&gt;");
		add.add("encoding", "&amp;&quot;&#39;&#x3C;&#60; 49");
		add.add("encoding", "\\u003cscript\\u003ealert(50)");
		add.add("encoding", "%3Cscript%3Ealert(51)%3C%2Fscript%3E");
		add.add("encoding", "a+b=c&d=e;f?g#h 52");
		// Right-to-left, zero-width and other Unicode
		add.add("unicode", "\u202Egnp.exe 53");
		add.add("unicode", "مرحبا <b>عالم</b> 54");
		add.add("unicode", "שלום\u200F עולם\u200E 55");
		add.add("unicode", "a\u200Bb\u200Cc\u200Dd\uFEFFe\u2060f 56");
		add.add("unicode", "\u2066isolate\u2069 \u202Bembed\u202C 57");
		add.add("unicode", "😀 emoji 👨‍👩‍👧 family 58");
		add.add("unicode", "＜script＞alert(59)＜／script＞");
		add.add("unicode", "e\u0301\u0301\u0301 Z\u0334\u0321\u0353a\u0338 60");
		// Quotes that end strings of SQL or JavaScript
		add.add("quote", "'; alert(61); //");
		add.add("quote", "\\\"; alert(62); //");
		add.add("quote", "' OR '1'='1' -- 63");
		add.add("whitespace", "\ttab\tseparated\t64");
		// Words too long for any column of a layout
		add.add("long", "Pneumonoultramicroscopicsilicovolcanoconiosis" + "Xss65LongWord!!");
		add.add("long", "Donaudampfschifffahrtsgesellschaftskapitänswitwe".repeat(2) + "66");
		add.add("long", "LongWord67" + "abcdefghij".repeat(24));
		add.add("long", "https://xss.example/" + "a1b2c3d4e5".repeat(10) + "68");
		add.add("long", "超长而且没有任何空格的中文文本".repeat(6) + "69");
		// More than one line, for the fields that take them
		add.add("multiline", "line 1\nline 2 <br> 70\n\n<script>alert(70)</script>");
		ALL = List.copyOf(all);
	}

	private XssPayloads() {
	}

	/** The payloads a field with this many characters and lines takes. */
	public static List<Payload> fitting(int max, boolean multiline) {
		return ALL.stream().filter((p) -> p.fits(max) && (multiline || !p.multiline())).toList();
	}

	public static List<Payload> where(Predicate<Payload> condition) {
		return ALL.stream().filter(condition).toList();
	}

	/** A text field: its name, the characters it takes, and whether it takes lines. */
	public record Field(String name, int max, boolean multiline) {

		public boolean takes(Payload payload) {
			return payload.fits(this.max) && (this.multiline || !payload.multiline());
		}

	}

	/**
	 * Payloads spread over records of these fields, so that every payload some field
	 * takes is written at least once while each page shows only a few records: record
	 * after record, each field takes the next payload not yet written that it takes, or
	 * (once all are written) the next it takes in the corpus. {@code offset} rotates the
	 * corpus, so that families of records do not give their first field the same
	 * payloads. At least {@code minRecords} records are made, and at most
	 * {@code maxRecords} (fewer payloads are then written, for pages that cost more than
	 * the templates they share with pages that take them all).
	 */
	public static List<java.util.Map<String, Payload>> spread(List<Field> fields, List<Payload> corpus, int offset,
			int minRecords, int maxRecords) {
		List<Payload> rotated = new ArrayList<>();
		for (int i = 0; i < corpus.size(); i++) {
			rotated.add(corpus.get((i + offset) % corpus.size()));
		}
		java.util.LinkedHashSet<Payload> unwritten = new java.util.LinkedHashSet<>();
		rotated.stream().filter((p) -> fields.stream().anyMatch((f) -> f.takes(p))).forEach(unwritten::add);
		List<java.util.Map<String, Payload>> records = new ArrayList<>();
		int[] refill = new int[fields.size()];
		while ((!unwritten.isEmpty() || records.size() < minRecords) && records.size() < maxRecords) {
			java.util.Map<String, Payload> record = new java.util.LinkedHashMap<>();
			for (int i = 0; i < fields.size(); i++) {
				Field field = fields.get(i);
				Payload next = unwritten.stream().filter(field::takes).findFirst().orElse(null);
				if (next == null) {
					for (int tries = 0; tries < rotated.size() && next == null; tries++) {
						Payload candidate = rotated.get((refill[i]++ + i * 7) % rotated.size());
						if (field.takes(candidate) && !record.containsValue(candidate)) {
							next = candidate;
						}
					}
				}
				unwritten.remove(next);
				record.put(field.name(), next);
			}
			records.add(record);
		}
		return records;
	}

	/**
	 * Text as a page shows it: runs of ASCII white space as one space, none at the ends.
	 */
	public static String normalise(String text) {
		return text.replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
	}

	private interface Adder {

		void add(String kind, String text);

	}

}

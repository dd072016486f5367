package io.sellercenter.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the pages comes from the message bundles, in Chinese and English alike:
 * the two bundles have the same keys, every key a template names exists, and no template
 * holds text of its own (outside prototype text that th:text replaces).
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes a person reads; their literal values must come from messages (th:*). */
	private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value",
			"label");

	/** Characters that are not words: punctuation and symbols may stand in templates. */
	private static final Pattern WORDS = Pattern.compile("[\\p{L}]{2,}|\\p{IsHan}");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	@Test
	void bundlesHaveTheSameKeys() throws IOException {
		Set<String> chinese = load("messages.properties").stringPropertyNames();
		Set<String> english = load("messages_en.properties").stringPropertyNames();

		assertThat(new TreeSet<>(chinese)).as("keys of messages.properties (zh-CN)").isEqualTo(new TreeSet<>(english));
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				if (replacesItsText(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (WORDS.matcher(text.text()).find() && !insideReplacedElement(element)) {
						literals.add(
								TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + text.text().trim());
					}
				}
				for (String attribute : READABLE_ATTRIBUTES) {
					if (element.hasAttr(attribute) && WORDS.matcher(element.attr(attribute)).find()
							&& !element.tagName().equals("input")) {
						literals.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute)
								+ "\"");
					}
				}
			}
		}
		assertThat(literals).as("literal text in templates (use #{...} from the bundles)").isEmpty();
	}

	@Test
	void theCheckFindsLiteralText() {
		Document document = Jsoup
			.parse("<p>Hello there</p><p th:text=\"#{a}\">Prototype</p><span title=\"Hi you\"></span>");
		assertThat(replacesItsText(document.select("p").get(1))).isTrue();
		assertThat(WORDS.matcher(document.select("p").get(0).ownText()).find()).isTrue();
		assertThat(WORDS.matcher("· 12 : /").find()).isFalse();
		assertThat(WORDS.matcher("中").find()).isTrue();
	}

	/**
	 * th:text, th:utext, th:replace and th:insert put something else where the prototype
	 * text is.
	 */
	private static boolean replacesItsText(Element element) {
		return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:errors")
				|| element.hasAttr("th:replace") || element.hasAttr("th:insert");
	}

	private static boolean insideReplacedElement(Element element) {
		for (Element parent : element.parents()) {
			// A page's root th:replace keeps the page's own fragments, so only th:text
			// hides children.
			if (parent.hasAttr("th:text") || parent.hasAttr("th:utext")) {
				return true;
			}
		}
		return false;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((f) -> f.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

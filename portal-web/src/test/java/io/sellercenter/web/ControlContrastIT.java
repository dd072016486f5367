package io.sellercenter.web;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Controls people must find (issue 13): a checkbox's border and the focus ring of a
 * checkbox, a button and a link reached by keyboard stand out from what is behind them by
 * at least 3:1 (WCAG 1.4.11), in the brand colour.
 */
class ControlContrastIT extends BrowserJourney {

	private static final String BRAND = "rgb(200, 16, 46)";

	/**
	 * The focused element's (or a given one's) border, ring and the colour behind it: the
	 * first ancestor with a background of its own.
	 */
	private static final String LOOK = """
			(el) => {
			  el = el || document.activeElement;
			  const style = getComputedStyle(el);
			  let behind = el.parentElement;
			  while (behind && ['transparent', 'rgba(0, 0, 0, 0)'].includes(getComputedStyle(behind).backgroundColor)) {
			    behind = behind.parentElement;
			  }
			  return { tag: el.tagName, border: style.borderTopColor, outline: style.outlineColor,
			           outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth),
			           background: behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)' };
			}""";

	@Test
	void checkboxBordersAndFocusRingsStandOutInTheBrandColour() {
		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.navigate(portal("/sub-users/groups/new"));
		Locator boxes = this.page.getByTestId("group-form").locator("input[type=checkbox]");

		Map<String, Object> box = look(boxes.first());
		assertThat(box.get("border")).as("an unticked checkbox's border").isEqualTo(BRAND);
		assertThat(contrast(box.get("border"), box.get("background"))).isGreaterThanOrEqualTo(3.0);

		// Reached by keyboard: from the field before it.
		this.page.getByTestId("group-form").locator("#name").focus();
		this.page.keyboard().press("Tab");
		assertFocusRing("INPUT");
		screenshot("lists-focus-checkbox");
		boxes.last().focus();
		this.page.keyboard().press("Shift+Tab");
		this.page.keyboard().press("Tab");
		this.page.keyboard().press("Tab");
		assertFocusRing("BUTTON");
		screenshot("lists-focus-ring");
		this.page.keyboard().press("Tab");
		assertFocusRing("A");
	}

	private void assertFocusRing(String tag) {
		@SuppressWarnings("unchecked")
		Map<String, Object> focused = (Map<String, Object>) this.page.evaluate("(" + LOOK + ")(null)");
		assertThat(focused.get("tag")).isEqualTo(tag);
		assertThat(focused.get("outlineStyle")).as(tag + " ring").isEqualTo("solid");
		assertThat(((Number) focused.get("outlineWidth")).doubleValue()).as(tag + " ring width")
			.isGreaterThanOrEqualTo(2);
		assertThat(focused.get("outline")).as(tag + " ring colour").isEqualTo(BRAND);
		assertThat(contrast(focused.get("outline"), focused.get("background"))).as(tag + " ring contrast")
			.isGreaterThanOrEqualTo(3.0);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> look(Locator element) {
		return (Map<String, Object>) element.evaluate(LOOK);
	}

	/** WCAG's contrast ratio of two opaque CSS colours written rgb(r, g, b). */
	static double contrast(Object first, Object second) {
		double a = luminance(first.toString());
		double b = luminance(second.toString());
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(String rgb) {
		List<Double> channels = java.util.Arrays.stream(rgb.replaceAll("[^0-9,.]", "").split(","))
			.limit(3)
			.map((c) -> Double.parseDouble(c) / 255)
			.map((c) -> (c <= 0.03928) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4))
			.toList();
		return 0.2126 * channels.get(0) + 0.7152 * channels.get(1) + 0.0722 * channels.get(2);
	}

}

package io.sellercenter.shared;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The checks of typed text answer quickly whatever they are given: the inputs below took
 * the former e-mail check close to a minute each.
 */
@Tag("attack")
class TextRulesTests {

	/** Well under a second on a quiet machine; the margin is for a busy one. */
	static final Duration QUICKLY = Duration.ofSeconds(1);

	/** {@code a@a.a.a. ... } ending in a character that is or is not allowed. */
	static String manyDots(String end) {
		return "a@" + "a.".repeat(50_000) + end;
	}

	@ParameterizedTest
	@ValueSource(strings = { "!", " ", "@", "" })
	void addressOfFiftyThousandDotsIsRefusedQuickly(String end) {
		assertThat(assertTimeoutPreemptively(QUICKLY, () -> TextRules.isEmail(manyDots(end)))).isFalse();
	}

	@Test
	void addressesAreCheckedAsBefore() {
		assertThat(TextRules.isEmail("ops@acme.example")).isTrue();
		assertThat(TextRules.isEmail("a.b+tag@mail.acme.example")).isTrue();
		assertThat(TextRules.isEmail("l".repeat(64) + "@" + "d".repeat(185) + ".com")).as("254 characters").isTrue();
		assertThat(TextRules.isEmail("l".repeat(64) + "@" + "d".repeat(186) + ".com")).as("255 characters").isFalse();
		assertThat(TextRules.isEmail("l".repeat(65) + "@acme.example")).isFalse();
		assertThat(TextRules.isEmail("ops@localhost")).isFalse();
		assertThat(TextRules.isEmail("ops@acme.")).isFalse();
		assertThat(TextRules.isEmail("ops @acme.example")).isFalse();
		assertThat(TextRules.isEmail("ops@ac@me.example")).isFalse();
		assertThat(TextRules.isEmail(null)).isFalse();
	}

	@Test
	void phoneNumbersAreCheckedQuicklyAndAsBefore() {
		assertThat(TextRules.isPhone("+86 10-1234 5678")).isTrue();
		assertThat(TextRules.isPhone("123456")).isTrue();
		assertThat(TextRules.isPhone("12345")).isFalse();
		assertThat(TextRules.isPhone("1".repeat(32))).isFalse();
		assertThat(TextRules.isPhone("+-123456")).isFalse();
		assertThat(TextRules.isPhone(null)).isFalse();
		String hostile = "1" + " ".repeat(1_000_000) + "x";
		assertThat(assertTimeoutPreemptively(QUICKLY, () -> TextRules.isPhone(hostile))).isFalse();
	}

	@Test
	void aTextLongerThanItsFieldIsRefusedUnread() {
		// Catastrophic on anything it would read; it reads nothing this long.
		Pattern nested = Pattern.compile("(a+)+b");

		assertThat(assertTimeoutPreemptively(QUICKLY, () -> TextRules.matches(nested, "a".repeat(100_000), 64)))
			.isFalse();
		assertThat(TextRules.matches(nested, "aaab", 64)).isTrue();
	}

}

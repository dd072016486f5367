package io.sellercenter.shared;

import java.util.regex.Pattern;

/**
 * Checks of what users type, each bounded before it costs anything: a text longer than
 * its field is refused before a regular expression sees it, and the expressions
 * themselves give nothing back that they matched (possessive quantifiers), so a check
 * costs time linear in what was typed. An unbounded e-mail check was quadratic: 50,000
 * dots and a trailing space took it 50 seconds.
 */
public final class TextRules {

	/**
	 * The longest address SMTP carries (RFC 5321: a 256-octet path less its brackets).
	 */
	public static final int MAX_EMAIL_LENGTH = 254;

	/**
	 * Digits with an optional leading + and spaces or dashes, 6 to 31 characters; for
	 * {@code @Pattern} in forms as well.
	 */
	public static final String PHONE_REGEX = "\\+?+[0-9][0-9 -]{5,30}+";

	public static final int MAX_PHONE_LENGTH = 31;

	private static final Pattern PHONE = Pattern.compile(PHONE_REGEX);

	/**
	 * At most 64 characters without spaces before the one @, then a domain of two or more
	 * labels of letters (any script: 中文.中国 is one), digits and inner hyphens; a "domain"
	 * with quotes, brackets or braces is no address. A label's inner part backtracks only
	 * over its own hyphens and letters, within at most {@value #MAX_EMAIL_LENGTH}
	 * characters.
	 */
	private static final Pattern EMAIL = Pattern.compile(
			"[^@\\s]{1,64}+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

	private TextRules() {
	}

	/** Whether the whole text matches, refusing a null or longer text unread. */
	public static boolean matches(Pattern pattern, String text, int maxLength) {
		return text != null && text.length() <= maxLength && pattern.matcher(text).matches();
	}

	public static boolean isEmail(String text) {
		return matches(EMAIL, text, MAX_EMAIL_LENGTH);
	}

	public static boolean isPhone(String text) {
		return matches(PHONE, text, MAX_PHONE_LENGTH);
	}

}

package io.sellercenter.shared;

/**
 * What a user types, as a {@code LIKE} pattern that finds it literally: {@code %} and
 * {@code _} in a search mean themselves, not "anything". The escape character is the
 * default one (backslash) on MySQL and MariaDB alike.
 */
public final class LikePatterns {

	private LikePatterns() {
	}

	/** Texts that start with this one. */
	public static String prefix(String text) {
		return escape(text) + "%";
	}

	/** Texts that contain this one. */
	public static String contains(String text) {
		return "%" + escape(text) + "%";
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}

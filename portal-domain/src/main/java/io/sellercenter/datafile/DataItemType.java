package io.sellercenter.datafile;

import java.util.Locale;
import java.util.Optional;

/** The types a data item may have; a file may name them in English or Chinese. */
public enum DataItemType {

	STRING("字符串"),

	/** Digits with an optional sign. */
	INTEGER("整数"),

	/** A decimal number. */
	DECIMAL("小数"),

	/** true or false, 是 or 否. */
	BOOLEAN("布尔"),

	/** {@code yyyy-MM-dd} or a date cell. */
	DATE("日期"),

	/** {@code yyyy-MM-dd HH:mm:ss} or a date cell. */
	DATETIME("日期时间");

	private final String zhName;

	DataItemType(String zhName) {
		this.zhName = zhName;
	}

	public String zhName() {
		return this.zhName;
	}

	/** The type this text names (English in any case, or Chinese), if any. */
	public static Optional<DataItemType> parse(String text) {
		for (DataItemType type : values()) {
			if (type.name().equals(text.toUpperCase(Locale.ROOT)) || type.zhName.equals(text)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}

package io.sellercenter.datafile;

import java.util.Locale;

/**
 * The columns of a data-item file, in the order they must appear; the header row may name
 * each in Chinese or in English.
 */
public enum DataItemColumn {

	/** Required, at most {@value DataItemFormat#MAX_NAME_LENGTH} characters, unique. */
	NAME("A", "数据项名称", "Item name"),

	/** Required, one of {@link DataItemType}, in English or Chinese. */
	TYPE("B", "数据类型", "Data type"),

	/** Required, at most {@value DataItemFormat#MAX_DESCRIPTION_LENGTH} characters. */
	DESCRIPTION("C", "描述", "Description"),

	/** Optional; a value of the row's type. */
	SAMPLE("D", "示例值", "Sample value"),

	/** Required: Y or N, 是 or 否. */
	REQUIRED("E", "是否必填", "Required");

	private final String letter;

	private final String zhHeader;

	private final String enHeader;

	DataItemColumn(String letter, String zhHeader, String enHeader) {
		this.letter = letter;
		this.zhHeader = zhHeader;
		this.enHeader = enHeader;
	}

	public String letter() {
		return this.letter;
	}

	public String zhHeader() {
		return this.zhHeader;
	}

	public String enHeader() {
		return this.enHeader;
	}

	/**
	 * The header in the user's language: Chinese for any Chinese locale, else English.
	 */
	public String header(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? this.zhHeader : this.enHeader;
	}

	boolean isHeader(String text) {
		return this.zhHeader.equals(text) || this.enHeader.equalsIgnoreCase(text);
	}

}

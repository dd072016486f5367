package io.sellercenter.datafile;

import java.util.List;
import java.util.Locale;

/**
 * The data-item file format in one place, for the validator and for pages that explain it
 * or offer the template. The package documentation describes it in words.
 */
public final class DataItemFormat {

	/** The columns, A to E, in order. */
	public static final List<DataItemColumn> COLUMNS = List.of(DataItemColumn.values());

	/** Accepted values of column E meaning "required" (case-insensitive). */
	public static final List<String> REQUIRED_YES = List.of("Y", "是");

	/** Accepted values of column E meaning "optional" (case-insensitive). */
	public static final List<String> REQUIRED_NO = List.of("N", "否");

	/** Accepted sample values of a BOOLEAN item, true first (case-insensitive). */
	public static final List<String> BOOLEAN_TRUE = List.of("true", "是");

	public static final List<String> BOOLEAN_FALSE = List.of("false", "否");

	public static final int MAX_ITEMS = 10_000;

	public static final int MAX_NAME_LENGTH = 100;

	public static final int MAX_DESCRIPTION_LENGTH = 500;

	public static final int MAX_SAMPLE_LENGTH = 200;

	/** The largest file accepted, as {@code FileKind} allows for data-item files. */
	public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

	/**
	 * Row errors reported at most; the rest are counted in {@code dataItem.moreErrors}.
	 */
	public static final int MAX_ERRORS = 200;

	public static final int PREVIEW_SIZE = 20;

	/** An empty template with Chinese headers, drop-down lists and a sheet of rules. */
	public static final String TEMPLATE_ZH = "io/sellercenter/datafile/data-items-template-zh.xlsx";

	/** The same template in English. */
	public static final String TEMPLATE_EN = "io/sellercenter/datafile/data-items-template-en.xlsx";

	private DataItemFormat() {
	}

	/** Class-path location of the template in the user's language. */
	public static String template(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? TEMPLATE_ZH : TEMPLATE_EN;
	}

}

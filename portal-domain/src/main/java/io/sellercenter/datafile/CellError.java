package io.sellercenter.datafile;

import java.io.Serializable;

/**
 * One thing wrong with a data-item file, where the merchant can find it.
 *
 * @param row the 1-based row number as Excel shows it, or 0 for the whole file
 * @param column the column letter ("A" to "E", further letters for an extra header
 * column), or "" for a whole row or the whole file
 * @param code a message key such as {@code dataItem.required}
 * @param value the offending cell text, cut to {@value #MAX_VALUE_LENGTH} characters; for
 * {@code dataItem.moreErrors} the number of errors left out
 */
// Serializable: the publish form keeps a workbook's errors in a flash attribute across
// the
// redirect after the save that created the application.
public record CellError(int row, String column, String code, String value) implements Serializable {

	static final int MAX_VALUE_LENGTH = 50;

	public CellError {
		value = cut((value != null) ? value : "");
	}

	static CellError ofFile(String code) {
		return new CellError(0, "", code, "");
	}

	private static String cut(String value) {
		if (value.codePointCount(0, value.length()) <= MAX_VALUE_LENGTH) {
			return value;
		}
		return value.substring(0, value.offsetByCodePoints(0, MAX_VALUE_LENGTH));
	}

}

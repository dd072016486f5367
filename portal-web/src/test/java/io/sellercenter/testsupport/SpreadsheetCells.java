package io.sellercenter.testsupport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as spreadsheets may cut it into cells, to find any cell that would start a
 * formula: by RFC 4180 (commas, quotes respected), and naively, as spreadsheets in many
 * European locales do, splitting lines on line breaks and cells on semicolons with no
 * regard for quotes. A cell starts a formula when its first character, after whitespace,
 * control and format characters and double quotes, is {@code = + - @} in its
 * compatibility form (NFKC: full-width and small forms included).
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	/** Every cell of the file, cut either way, that would start a formula. */
	public static List<String> formulas(String csv) {
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		List<String> found = new ArrayList<>();
		try {
			for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text))) {
				for (String cell : record.values()) {
					if (startsFormula(cell)) {
						found.add("RFC 4180: " + cell);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String line : text.split("\r\n|\r|\n", -1)) {
			for (String cell : line.split(";", -1)) {
				if (startsFormula(cell)) {
					found.add("split on semicolons: " + cell);
				}
			}
		}
		return found;
	}

	public static boolean startsFormula(String cell) {
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			if (c == '"' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
					|| Character.getType(c) == Character.FORMAT) {
				continue;
			}
			String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
			return plain.length() == 1 && "=+-@".indexOf(plain.charAt(0)) >= 0;
		}
		return false;
	}

}

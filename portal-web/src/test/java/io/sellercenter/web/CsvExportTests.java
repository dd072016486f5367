package io.sellercenter.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.sellercenter.testsupport.SpreadsheetCells;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file rules every export shares, at the level of {@link CsvExport} itself; the
 * exports' own tests read whole files with a CSV parser.
 */
@Tag("attack")
class CsvExportTests {

	private static final DateTimeFormatter PAGES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@Test
	void timesAreWrittenAsThePagesShowThem() {
		for (LocalDateTime time : List.of(LocalDateTime.of(2024, 1, 2, 3, 4, 5),
				LocalDateTime.of(2026, 12, 31, 23, 59, 59, 999_999_000), LocalDateTime.of(2000, 10, 10, 0, 0),
				LocalDateTime.of(1970, 1, 1, 12, 30, 7, 123_000), LocalDateTime.of(9999, 9, 9, 9, 9, 9),
				LocalDateTime.of(999, 5, 6, 7, 8, 9), LocalDateTime.of(12345, 5, 6, 7, 8, 9))) {
			assertThat(CsvExport.time(time)).isEqualTo(PAGES.format(time));
		}
		assertThat(CsvExport.time(null)).isNull();
	}

	@Test
	void rowsAreWrittenWholeWithTheirQuoting() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvExport csv = new CsvExport(out, true, List.of("a", "b"));
		csv.row("plain", "with, comma");
		csv.row("say \"hi\"", "two\nlines");
		csv.row(CsvExport.text("=SUM(A1)"), null);
		csv.finish();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
				"\uFEFFa,b\r\nplain,\"with, comma\"\r\n" + "\"say \"\"hi\"\"\",\"two\nlines\"\r\n'=SUM(A1),\r\n");
	}

	@Test
	void everyWayACellCanStartAFormulaGetsAnApostrophe() {
		Map<String, String> guarded = new LinkedHashMap<>();
		guarded.put("=SUM(A1)", "'=SUM(A1)");
		guarded.put("+1+1", "'+1+1");
		guarded.put("-2+3", "'-2+3");
		guarded.put("@cmd", "'@cmd");
		guarded.put("\tTabbed", "'\tTabbed");
		guarded.put("\rReturn", "'\rReturn");
		guarded.put("\0Nul", "'\0Nul");
		// full-width and small forms, which input methods and some spreadsheets read as
		// the plain ones
		guarded.put("＝1+1", "'＝1+1");
		guarded.put("＋1", "'＋1");
		guarded.put("－1", "'－1");
		guarded.put("＠SUM(A1)", "'＠SUM(A1)");
		guarded.put("﹦1+1", "'﹦1+1");
		// whatever a spreadsheet trims or reads past before the trigger
		guarded.put(" =1+1", " '=1+1");
		guarded.put("\t=1+1", "'\t=1+1");
		guarded.put("  \"=1+1", "  \"'=1+1");
		guarded.put("\u3000＝1+1", "\u3000'＝1+1");
		guarded.put("\u00A0=1", "\u00A0'=1");
		guarded.put("\u200B=1", "\u200B'=1");
		guarded.put("\uFEFF@x", "\uFEFF'@x");
		// pieces a spreadsheet splitting on semicolons makes cells of
		guarded.put(";=1+1", ";'=1+1");
		guarded.put("a;=1+1", "a;'=1+1");
		guarded.put("a; =1+1", "a; '=1+1");
		guarded.put("a;\"=1+1", "a;\"'=1+1");
		guarded.put("a;;＠x;-1", "a;;'＠x;'-1");
		guarded.put("=1;=2", "'=1;'=2");
		// pieces after a line break
		guarded.put("x\n=1", "x\n'=1");
		guarded.put("x\r\n-1", "x\r\n'-1");
		guarded.put("\r=1", "'\r'=1");
		guarded.forEach((value, expected) -> assertThat(CsvExport.text(value)).as(visible(value)).isEqualTo(expected));

		for (String safe : List.of("Safe 'name'", "a-b", "a;b", "a; b", "e-mail@example.com", "1-2", "x\ny",
				"'=already text", "北京；=1", "Ａ－Ｂ")) {
			assertThat(CsvExport.text(safe)).as(visible(safe)).isSameAs(safe);
		}
		assertThat(CsvExport.text("")).isEmpty();
		assertThat(CsvExport.text(null)).isNull();
	}

	@Test
	void formulaStartsAreEveryCharacterWhoseCompatibilityFormIsATrigger() {
		StringBuilder fromUnicode = new StringBuilder();
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			if (Character.isSurrogate(c)) {
				continue;
			}
			String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
			if (plain.length() == 1 && "=+-@".indexOf(plain.charAt(0)) >= 0) {
				fromUnicode.append(c);
			}
		}
		assertThat(CsvExport.FORMULA_STARTS.chars().sorted().toArray())
			.containsExactly(fromUnicode.chars().sorted().toArray());
	}

	/**
	 * Rows of random text made of triggers, separators, quotes and whitespace, written as
	 * a file and cut into cells both ways a spreadsheet may: no cell starts a formula.
	 */
	@Test
	void noCellOfAFileStartsAFormulaHoweverItIsSplit() throws Exception {
		String alphabet = "=+-@＝＋－＠﹣;;,\"\" \t\r\n\u3000\u200Bab'1";
		Random random = new Random(20261207);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvExport csv = new CsvExport(out, true, List.of("a", "b", "c"));
		List<String> values = new ArrayList<>();
		for (int row = 0; row < 5000; row++) {
			Object[] cells = new Object[3];
			for (int i = 0; i < cells.length; i++) {
				StringBuilder value = new StringBuilder();
				for (int n = random.nextInt(8); n >= 0; n--) {
					value.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
				values.add(value.toString());
				cells[i] = CsvExport.text(value.toString());
			}
			csv.row(cells);
		}
		csv.finish();
		assertThat(SpreadsheetCells.formulas(out.toString(StandardCharsets.UTF_8))).isEmpty();
		assertThat(values.stream().filter(SpreadsheetCells::startsFormula)).as("the test has teeth").isNotEmpty();
	}

	private static String visible(String value) {
		StringBuilder text = new StringBuilder();
		for (char c : value.toCharArray()) {
			text.append((c < 0x20 || c > 0x7e) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
		}
		return text.toString();
	}

}

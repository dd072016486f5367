package io.sellercenter.datafile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.sellercenter.datafile.DataItemWorkbooks.handMade;
import static io.sellercenter.datafile.DataItemWorkbooks.inlineRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Files made to hurt the reader: each is refused whole, quickly, without the memory the
 * reader would otherwise have used; and the legitimate look-alikes still pass.
 */
@Tag("attack")
class DataItemHostileFileTests {

	private static final String HEADER = inlineRow(1, "数据项名称", "数据类型", "描述", "示例值", "是否必填");

	private static final String ROW_2 = inlineRow(2, "a", "STRING", "甲", "", "Y");

	private static final CellError NOT_XLSX = new CellError(0, "", "dataItem.notXlsx", "");

	private static final CellError TOO_LARGE = new CellError(0, "", "dataItem.tooLarge", "");

	private final DataItemValidator validator = new DataItemValidator();

	private DataItemReport validate(byte[] bytes) {
		return assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> this.validator.validate(new ByteArrayInputStream(bytes)));
	}

	/**
	 * For the files that cost the reader minutes or more: refused well within a second
	 * (after the classes are loaded by a look-alike).
	 */
	private DataItemReport validateQuickly(byte[] bytes) {
		this.validator.validate(new ByteArrayInputStream(handMade(HEADER + ROW_2, true)));
		return assertTimeoutPreemptively(Duration.ofMillis(QUICKLY_MILLIS),
				() -> this.validator.validate(new ByteArrayInputStream(bytes)));
	}

	/** Well under a second on a quiet machine; the margin is for a busy one. */
	private static final long QUICKLY_MILLIS = 1_000;

	/** Data row 2, whose sample (column D) is this cell XML. */
	private static String rowWithSample(String type, String sampleCell) {
		return rowWithSample(2, type, sampleCell);
	}

	private static String rowWithSample(int r, String type, String sampleCell) {
		return "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>item" + r + "</t></is></c><c r=\"B" + r
				+ "\" t=\"inlineStr\"><is><t>" + type + "</t></is></c><c r=\"C" + r
				+ "\" t=\"inlineStr\"><is><t>甲</t></is></c>" + sampleCell + "<c r=\"E" + r
				+ "\" t=\"inlineStr\"><is><t>Y</t></is></c></row>";
	}

	@Test
	void numberWithAHugeExponentIsReportedAtItsCell() {
		// Its plain form would be 400 million characters.
		String row = rowWithSample("DECIMAL", "<c r=\"D2\"><v>1E400000000</v></c>");
		String tiny = rowWithSample(3, "DECIMAL", "<c r=\"D3\"><v>-1E-400000000</v></c>");

		assertThat(validateQuickly(handMade(HEADER + row + tiny, true)).errors()).containsExactly(
				new CellError(2, "D", "dataItem.number", "1E400000000"),
				new CellError(3, "D", "dataItem.number", "-1E-400000000"));
	}

	@Test
	void numberWithAHugeExponentInAnyColumnIsReportedThere() {
		String row = "<row r=\"2\"><c r=\"A2\"><v>9E99999</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>STRING</t></is></c>"
				+ "<c r=\"C2\"><v>1E-99999</v></c><c r=\"E2\" t=\"inlineStr\"><is><t>Y</t></is></c></row>";

		assertThat(validateQuickly(handMade(HEADER + row, true)).errors()).containsExactly(
				new CellError(2, "A", "dataItem.number", "9E99999"),
				new CellError(2, "C", "dataItem.number", "1E-99999"));
	}

	@Test
	void numberOfAMillionDigitsIsRefusedAtItsCell() {
		// Reading it into a BigDecimal alone takes the reader half a minute.
		assertThat(validateQuickly(HostileWorkbooks.millionDigits()).errors())
			.containsExactly(new CellError(2, "D", "dataItem.number", "7".repeat(49) + "\u2026"));
	}

	@Test
	void longNumberWithoutReferencesIsReportedWhereTheReaderCountsIt() {
		String row = "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>" + "1".repeat(200) + "</v></c></row>";

		assertThat(validateQuickly(handMade(HEADER + row, true)).errors())
			.containsExactly(new CellError(2, "B", "dataItem.number", "1".repeat(49) + "\u2026"));
	}

	@Test
	void numbersAtTheEndsOfTheSpreadsheetRangeAreRead() {
		// As Excel writes them; descriptions, so that their plain forms fit.
		String rows = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a</t></is></c>"
				+ "<c r=\"B2\" t=\"inlineStr\"><is><t>STRING</t></is></c><c r=\"C2\"><v>-1.2345678901234567E-300</v></c>"
				+ "<c r=\"E2\" t=\"inlineStr\"><is><t>Y</t></is></c></row>"
				+ "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>b</t></is></c>"
				+ "<c r=\"B3\" t=\"inlineStr\"><is><t>STRING</t></is></c><c r=\"C3\"><v>9.9999999999999997E+307</v></c>"
				+ "<c r=\"E3\" t=\"inlineStr\"><is><t>Y</t></is></c></row>";

		DataItemReport report = validate(handMade(HEADER + rows, true));

		assertThat(report.errors()).isEmpty();
		assertThat(report.preview()).extracting(DataItem::description)
			.containsExactly(new java.math.BigDecimal("-1.2345678901234567E-300").toPlainString(),
					new java.math.BigDecimal("9.9999999999999997E+307").toPlainString());
	}

	@Test
	void numberFormatOfAMillionBracketsIsRefusedAtItsCell() {
		// The former check removed [...] with a regular expression, quadratic here.
		assertThat(validateQuickly(HostileWorkbooks.millionBracketFormat()).errors())
			.containsExactly(new CellError(2, "D", "dataItem.numberFormat", "45000"));
	}

	@Test
	void dateFormatCheckIsLinear() {
		String brackets = "[".repeat(1_000_000);

		assertThat(assertTimeoutPreemptively(Duration.ofMillis(QUICKLY_MILLIS),
				() -> DataItemValidator.isDateFormat(brackets)))
			.isFalse();
		assertThat(DataItemValidator.isDateFormat("[".repeat(200) + "yyyy-mm-dd")).isFalse();
		assertThat(DataItemValidator.isDateFormat("[Red]yyyy-mm-dd\\ \"at\" hh:mm;@")).isTrue();
	}

	@Test
	void longSharedFormulaIsRefusedAtItsCell() {
		// A shared formula is rewritten for every cell that uses it, in time that grows
		// with the square of its length: 8 KB over 1,000 cells took the reader 15 s.
		String formula = "A1+".repeat(WorkbookGuard.MAX_FORMULA_BYTES / 3) + "1";
		String row = rowWithSample("INTEGER",
				"<c r=\"D2\"><f t=\"shared\" ref=\"D2:D3\" si=\"0\">" + formula + "</f><v>1</v></c>");

		assertThat(validateQuickly(handMade(HEADER + row, true)).errors())
			.containsExactly(new CellError(2, "D", "dataItem.formula", ""));
	}

	@Test
	void sharedFormulaBombIsRefusedAtItsCell() {
		assertThat(validateQuickly(HostileWorkbooks.sharedFormulaBomb()).errors())
			.containsExactly(new CellError(2, "D", "dataItem.formula", ""));
	}

	@Test
	void sharedFormulaUsedByTooManyCellsIsRefusedAtTheCellThatPassesTheLimit() {
		String formula = "A1+".repeat(150) + "1";
		StringBuilder rows = new StringBuilder(rowWithSample("INTEGER",
				"<c r=\"D2\"><f t=\"shared\" ref=\"D2:D9999\" si=\"0\">" + formula + "</f><v>1</v></c>"));
		for (int r = 3; r < 10_000; r++) {
			rows.append("<row r=\"")
				.append(r)
				.append("\"><c r=\"D")
				.append(r)
				.append("\"><f t=\"shared\" si=\"0\"/><v>1</v></c></row>");
		}
		long cellsWithin = WorkbookGuard.MAX_FORMULA_TOTAL_BYTES / (formula.length() + "</f>".length());

		assertThat(validateQuickly(handMade(HEADER + rows, true)).errors())
			.containsExactly(new CellError((int) cellsWithin + 2, "D", "dataItem.formula", ""));
	}

	@Test
	void manyArrayFormulasAreRefusedAtTheFirstTooMany() {
		// The reader compares every cell with every array formula.
		StringBuilder rows = new StringBuilder();
		for (int r = 2; r < 20_000; r++) {
			rows.append("<row r=\"")
				.append(r)
				.append("\"><c r=\"F")
				.append(r)
				.append("\"><f t=\"array\" ref=\"F")
				.append(r)
				.append("\">1</f><v>1</v></c></row>");
		}

		assertThat(validateQuickly(handMade(HEADER + rows, true)).errors())
			.containsExactly(new CellError(WorkbookGuard.MAX_ARRAY_FORMULAS + 2, "F", "dataItem.formula", ""));
	}

	@Test
	void shortFormulaFilledDownEveryItemIsFine() {
		StringBuilder rows = new StringBuilder();
		for (int r = 2; r <= DataItemFormat.MAX_ITEMS + 1; r++) {
			String shared = (r == 2)
					? "<f t=\"shared\" ref=\"C2:C10001\" si=\"0\">CONCATENATE(\"item \",A2,\" of the catalogue\")</f>"
					: "<f t=\"shared\" si=\"0\"/>";
			rows.append("<row r=\"")
				.append(r)
				.append("\"><c r=\"A")
				.append(r)
				.append("\" t=\"inlineStr\"><is><t>n")
				.append(r)
				.append("</t></is></c><c r=\"B")
				.append(r)
				.append("\" t=\"inlineStr\"><is><t>STRING</t></is></c><c r=\"C")
				.append(r)
				.append("\" t=\"str\">")
				.append(shared)
				.append("<v>item n")
				.append(r)
				.append("</v></c><c r=\"E")
				.append(r)
				.append("\" t=\"inlineStr\"><is><t>N</t></is></c></row>");
		}

		DataItemReport report = validate(handMade(HEADER + rows, true));

		assertThat(report.errors()).isEmpty();
		assertThat(report.items()).isEqualTo(DataItemFormat.MAX_ITEMS);
		assertThat(report.preview().get(0).description()).isEqualTo("item n2");
	}

	@Test
	void handMadeLookAlikeIsValid() {
		assertThat(validate(handMade(HEADER + ROW_2, true)).errors()).isEmpty();
	}

	@Test
	void streamLargerThan10MegabytesIsTooLarge() {
		InputStream endless = new InputStream() {

			@Override
			public int read() {
				return 'P';
			}

		};

		assertThat(this.validator.validate(endless).errors()).containsExactly(TOO_LARGE);
	}

	@Test
	void zipBombIsTooLarge() throws IOException {
		// A workbook whose sheet holds 250 MB of empty rows, packed into a few hundred
		// kilobytes.
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			for (Map.Entry<String, byte[]> part : DataItemWorkbooks.handMadeParts("", true, Map.of()).entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				if (part.getKey().equals("xl/worksheets/sheet1.xml")) {
					zip.write(
							("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
									+ HEADER + ROW_2)
								.getBytes(StandardCharsets.UTF_8));
					byte[] rows = "<row/>".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
					for (int i = 0; i < 4_200; i++) {
						zip.write(rows);
					}
					zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
				}
				else {
					zip.write(part.getValue());
				}
				zip.closeEntry();
			}
		}
		assertThat(out.size()).isLessThan(DataItemFormat.MAX_FILE_BYTES);

		assertThat(validate(out.toByteArray()).errors()).containsExactly(TOO_LARGE);
	}

	@Test
	void cellReferenceFarRightIsRefused() {
		// The reader would make a row of 321 million cells.
		String row = "<row r=\"2\"><c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>";

		assertThat(validate(handMade(HEADER + row, true)).errors()).containsExactly(NOT_XLSX);
	}

	@Test
	void cellReferenceBehindAQuotedAngleBracketIsStillSeen() {
		String row = "<row r=\"2\"><c foo=\"a>b\" r=\"$ZZZZZZ$2\"><v>1</v></c></row>";

		assertThat(validate(handMade(HEADER + row, true)).errors()).containsExactly(NOT_XLSX);
	}

	@Test
	void cellReferenceWithOtherCharactersIsRefused() {
		String row = "<row r=\"2\"><c r=\"中中中2\"><v>1</v></c></row>";

		assertThat(validate(handMade(HEADER + row, true)).errors()).containsExactly(NOT_XLSX);
	}

	@Test
	void lastColumnOfExcelIsFine() {
		String row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a</t></is></c>"
				+ "<c r=\"B2\" t=\"inlineStr\"><is><t>STRING</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>甲</t></is></c>"
				+ "<c r=\"E2\" t=\"inlineStr\"><is><t>Y</t></is></c><c r=\"XFD2\"><v>1</v></c></row>";

		assertThat(validate(handMade(HEADER + row, true)).errors()).isEmpty();
	}

	@Test
	void namespaceDeclarationOnACellIsNoReference() {
		String row = "<row r=\"2\"><c xmlns:r=\"http://example.com/ns\" r=\"A2\"><v>1</v></c></row>";

		assertThat(validate(handMade(HEADER + row, true)).errors()).doesNotContain(NOT_XLSX);
	}

	@Test
	void rowWithMoreCellsThanExcelAllowsIsRefused() {
		String row = "<row r=\"2\">" + "<c/>".repeat(WorkbookGuard.MAX_CELLS_PER_ROW + 1) + "</row>";

		assertThat(validate(handMade(HEADER + row, true)).errors()).containsExactly(NOT_XLSX);
	}

	@Test
	void deepNestingIsRefused() {
		String nest = "<x>".repeat(WorkbookGuard.MAX_DEPTH) + "</x>".repeat(WorkbookGuard.MAX_DEPTH);

		assertThat(validate(handMade(HEADER + nest, true)).errors()).containsExactly(NOT_XLSX);
	}

	@Test
	void doctypeIsRefused() {
		String sheet = """
				<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]>
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""" + HEADER
				+ ROW_2 + "</sheetData></worksheet>";

		assertThat(validate(handMade("", true, Map.of("xl/worksheets/sheet1.xml", sheet))).errors())
			.containsExactly(NOT_XLSX);
	}

	@Test
	void wideEncodingsAreRefused() {
		String sheet = "<worksheet><sheetData>" + HEADER + ROW_2 + "</sheetData></worksheet>";

		assertThat(guard(sheet.getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(guard(("\uFEFF" + sheet).getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(guard(("\uFEFF" + sheet).getBytes(StandardCharsets.UTF_16BE))).contains(NOT_XLSX);
		assertThat(guard(("\uFEFF" + sheet).getBytes(StandardCharsets.UTF_16LE))).contains(NOT_XLSX);
		assertThat(guard(sheet.getBytes(StandardCharsets.UTF_16LE))).contains(NOT_XLSX);
		assertThat(guard(sheet.getBytes(StandardCharsets.UTF_16BE))).contains(NOT_XLSX);
	}

	@Test
	void binaryPartsAreOnlyCounted() {
		byte[] image = new byte[2 * WorkbookGuard.MAX_TOKEN];
		image[0] = (byte) 0x89;

		assertThat(guard(image)).isEmpty();
	}

	private static Optional<CellError> guard(byte[] part) {
		return WorkbookGuard.check(DataItemWorkbooks.zip(Map.of("xl/worksheets/sheet1.xml", part)));
	}

	@Test
	void hugeTextRunIsRefused() {
		String row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + "a".repeat(WorkbookGuard.MAX_TOKEN + 1)
				+ "</t></is></c></row>";

		assertThat(validate(handMade(HEADER + row, true)).errors()).containsExactly(NOT_XLSX);
	}

	@Test
	void hugeCellValueMadeOfManyPiecesIsRefused() {
		// Short text runs, but the reader joins them into one value.
		String row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>" + "<t>aaaaaaaaaa</t>".repeat(100_000)
				+ "</is></c></row>";

		assertThat(validate(handMade(HEADER + row, true)).errors()).containsExactly(NOT_XLSX);
	}

	@Test
	void hugeCdataWithAngleBracketsIsRefused() {
		String row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t><![CDATA[" + "<a>".repeat(400_000)
				+ "]]></t></is></c></row>";

		assertThat(validate(handMade(HEADER + row, true)).errors()).containsExactly(NOT_XLSX);
	}

	@Test
	void smallCdataAndCommentsAreFine() {
		String row = "<!-- <c r=\"ZZZZZZ1\"> --><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t><![CDATA[a<b]]></t></is></c>"
				+ "<c r=\"B2\" t=\"inlineStr\"><is><t>STRING</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>甲</t></is></c>"
				+ "<c r=\"E2\" t=\"inlineStr\"><is><t>Y</t></is></c></row>";

		DataItemReport report = validate(handMade(HEADER + row, true));

		assertThat(report.errors()).isEmpty();
		assertThat(report.preview()).extracting(DataItem::name).containsExactly("a<b");
	}

	@Test
	void tooManySharedStringsAreTooLarge() {
		String strings = "<sst>" + "<si><t/></si>".repeat(WorkbookGuard.MAX_SHARED_STRINGS + 1) + "</sst>";

		assertThat(validate(handMade(HEADER + ROW_2, true, Map.of("xl/sharedStrings.xml", strings))).errors())
			.containsExactly(TOO_LARGE);
	}

	@Test
	void tooManySharedStringBytesAreTooLarge() {
		String string = "<si><t>" + "s".repeat(1_000_000) + "</t></si>";
		String strings = "<sst>" + string.repeat(70) + "</sst>";

		assertThat(validate(handMade(HEADER + ROW_2, true, Map.of("xl/sharedStrings.xml", strings))).errors())
			.containsExactly(TOO_LARGE);
	}

}

package io.sellercenter.datafile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static io.sellercenter.datafile.DataItemWorkbooks.handMade;
import static io.sellercenter.datafile.DataItemWorkbooks.inlineRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Files made to hurt the reader: each is refused whole, quickly, without the memory the
 * reader would otherwise have used; and the legitimate look-alikes still pass.
 */
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

		assertThat(guard(sheet.getBytes(StandardCharsets.UTF_8))).isEqualTo(WorkbookGuard.Verdict.OK);
		assertThat(guard(("\uFEFF" + sheet).getBytes(StandardCharsets.UTF_8))).isEqualTo(WorkbookGuard.Verdict.OK);
		assertThat(guard(("\uFEFF" + sheet).getBytes(StandardCharsets.UTF_16BE)))
			.isEqualTo(WorkbookGuard.Verdict.NOT_XLSX);
		assertThat(guard(("\uFEFF" + sheet).getBytes(StandardCharsets.UTF_16LE)))
			.isEqualTo(WorkbookGuard.Verdict.NOT_XLSX);
		assertThat(guard(sheet.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(WorkbookGuard.Verdict.NOT_XLSX);
		assertThat(guard(sheet.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(WorkbookGuard.Verdict.NOT_XLSX);
	}

	@Test
	void binaryPartsAreOnlyCounted() {
		byte[] image = new byte[2 * WorkbookGuard.MAX_TOKEN];
		image[0] = (byte) 0x89;

		assertThat(guard(image)).isEqualTo(WorkbookGuard.Verdict.OK);
	}

	private static WorkbookGuard.Verdict guard(byte[] part) {
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

package io.sellercenter.datafile;

import java.util.Map;

/**
 * Data-item workbooks of a few kilobytes that cost the reader or the validator minutes or
 * hundreds of megabytes, each with the header and one data row (row 2) whose sample cell
 * (D2) is the hostile one. Public for the tests that upload them to a running portal.
 */
public final class HostileWorkbooks {

	private static final String HEADER = DataItemWorkbooks.inlineRow(1, "数据项名称", "数据类型", "描述", "示例值", "是否必填");

	private HostileWorkbooks() {
	}

	/** D2 is 1E400000000, whose plain form has 400 million digits. */
	public static byte[] hugeExponent() {
		return withSample("DECIMAL", "<c r=\"D2\"><v>1E400000000</v></c>", Map.of());
	}

	/** D2 is a number of a million digits (half a minute to parse into a BigDecimal). */
	public static byte[] millionDigits() {
		return withSample("DECIMAL", "<c r=\"D2\"><v>" + "7".repeat(1_000_000) + "</v></c>", Map.of());
	}

	/**
	 * D2 is a number whose cell format is a million '[' (the date-format check's regular
	 * expression was quadratic on it).
	 */
	public static byte[] millionBracketFormat() {
		String styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
				+ "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"" + "[".repeat(1_000_000)
				+ "\"/></numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";
		return withSample("INTEGER", "<c r=\"D2\" s=\"1\"><v>45000</v></c>", Map.of("xl/styles.xml", styles));
	}

	/**
	 * D2 holds a shared formula of 2,700 references used by the 1,000 cells below it: 7
	 * KB packed, 15 seconds for the reader to rewrite.
	 */
	public static byte[] sharedFormulaBomb() {
		StringBuilder rows = new StringBuilder();
		for (int r = 3; r < 1_003; r++) {
			rows.append("<row r=\"")
				.append(r)
				.append("\"><c r=\"D")
				.append(r)
				.append("\"><f t=\"shared\" si=\"0\"/></c></row>");
		}
		String formula = "A1+".repeat(2_700) + "1";
		return DataItemWorkbooks.handMade(
				HEADER + row("INTEGER",
						"<c r=\"D2\"><f t=\"shared\" ref=\"D2:D1002\" si=\"0\">" + formula + "</f><v>1</v></c>") + rows,
				true);
	}

	private static byte[] withSample(String type, String sampleCell, Map<String, String> moreParts) {
		return DataItemWorkbooks.handMade(HEADER + row(type, sampleCell), true, moreParts);
	}

	private static String row(String type, String sampleCell) {
		return "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>item</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>"
				+ type + "</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>甲</t></is></c>" + sampleCell
				+ "<c r=\"E2\" t=\"inlineStr\"><is><t>Y</t></is></c></row>";
	}

}

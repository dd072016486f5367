package io.sellercenter.datafile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Builds data-item workbooks for the tests, with a real xlsx writer or, for files no
 * writer would make, part by part. Run {@link #main} from the repository root to write
 * the fixtures the browser tests upload and the templates the portal offers.
 */
final class DataItemWorkbooks {

	static final Object[] ZH_HEADER = { "数据项名称", "数据类型", "描述", "示例值", "是否必填" };

	static final Object[] EN_HEADER = { "Item name", "Data type", "Description", "Sample value", "Required" };

	/** A date cell (yyyy-mm-dd); LocalDateTime values get yyyy-mm-dd hh:mm:ss. */
	static final String DATE_CELL_FORMAT = "yyyy-mm-dd";

	static final String DATETIME_CELL_FORMAT = "yyyy-mm-dd hh:mm:ss";

	private DataItemWorkbooks() {
	}

	/**
	 * A workbook whose first sheet holds these rows from row 1 on; a null row is left out
	 * (blank), a null value leaves the cell out.
	 */
	static byte[] xlsx(Object[]... rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(out, Arrays.asList(rows));
		return out.toByteArray();
	}

	static void write(OutputStream out, Iterable<Object[]> rows) {
		try {
			Workbook workbook = new Workbook(out, "SellerCenterTests", "1.0");
			Worksheet sheet = workbook.newWorksheet("Sheet1");
			int r = 0;
			for (Object[] row : rows) {
				if (row != null) {
					for (int c = 0; c < row.length; c++) {
						set(sheet, r, c, row[c]);
					}
				}
				r++;
				if (r % 1000 == 0) {
					// The writer keeps rows until they are flushed.
					sheet.flush();
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void set(Worksheet sheet, int r, int c, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof String text) {
			sheet.value(r, c, text);
		}
		else if (value instanceof Number number) {
			sheet.value(r, c, number);
		}
		else if (value instanceof Boolean flag) {
			sheet.value(r, c, flag);
		}
		else if (value instanceof LocalDateTime dateTime) {
			sheet.value(r, c, dateTime);
			sheet.style(r, c).format(DATETIME_CELL_FORMAT).set();
		}
		else if (value instanceof LocalDate date) {
			sheet.value(r, c, date);
			sheet.style(r, c).format(DATE_CELL_FORMAT).set();
		}
		else if (value instanceof Formatted formatted) {
			set(sheet, r, c, formatted.value());
			sheet.style(r, c).format(formatted.format()).set();
		}
		else {
			throw new IllegalArgumentException("Cannot write " + value.getClass());
		}
	}

	/** A cell value with a number format of its own. */
	record Formatted(Object value, String format) {
	}

	static Object[] row(Object... values) {
		return values;
	}

	/** The good fixture: every type once, in both languages, one date cell. */
	static byte[] good() {
		return xlsx(ZH_HEADER, row("用户ID", "INTEGER", "用户的唯一标识", 10086, "Y"), row("用户名称", "字符串", "用户昵称", "张三", "是"),
				row("账户余额", "decimal", "账户余额，单位元", "1024.50", "N"), row("是否会员", "布尔", "是否为付费会员", "是", "否"),
				row("注册日期", "DATE", "注册的日期", LocalDate.of(2024, 5, 1), "Y"),
				row("最近登录时间", "日期时间", "最近一次登录的时间", "2024-05-01 08:30:00", "N"),
				row("所在城市", "STRING", "用户所在的城市", null, "n"));
	}

	/** The same items with English headers, and an unknown type in row 3 column B. */
	static byte[] badRow() {
		return xlsx(EN_HEADER, row("User ID", "INTEGER", "Unique id of the user", 10086, "Y"),
				row("User name", "TEXT", "Nickname", "Alice", "Y"),
				row("Balance", "DECIMAL", "Balance in yuan", "1024.50", "N"),
				row("Member", "BOOLEAN", "Whether the user pays", "true", "N"),
				row("Signed up", "DATE", "Day of sign-up", LocalDate.of(2024, 5, 1), "Y"));
	}

	/** An empty template: header, drop-down lists for B and E, and a sheet of rules. */
	static byte[] template(Locale locale) {
		boolean zh = "zh".equals(locale.getLanguage());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "SellerCenter", "1.0");
			Worksheet sheet = workbook.newWorksheet(zh ? "数据项" : "Data items");
			int c = 0;
			for (DataItemColumn column : DataItemFormat.COLUMNS) {
				sheet.value(0, c, column.header(locale));
				sheet.style(0, c).bold().fillColor("DDEBF7").set();
				sheet.width(c, (column == DataItemColumn.DESCRIPTION) ? 50 : 20);
				c++;
			}
			sheet.freezePane(0, 1);
			int last = DataItemFormat.MAX_ITEMS;
			String types = String.join(",",
					Arrays.stream(DataItemType.values()).map((type) -> zh ? type.zhName() : type.name()).toList());
			sheet.range(1, DataItemColumn.TYPE.ordinal(), last, DataItemColumn.TYPE.ordinal())
				.validateWithListByFormula("\"" + types + "\"")
				.allowBlank(true)
				.showDropdown(true)
				.showErrorMessage(true)
				.errorStyle(DataValidationErrorStyle.WARNING)
				.errorTitle(zh ? "数据类型" : "Data type")
				.error(zh ? "请从列表中选择数据类型" : "Choose a data type from the list");
			sheet.range(1, DataItemColumn.REQUIRED.ordinal(), last, DataItemColumn.REQUIRED.ordinal())
				.validateWithListByFormula(zh ? "\"是,否\"" : "\"Y,N\"")
				.allowBlank(true)
				.showDropdown(true)
				.showErrorMessage(true)
				.errorStyle(DataValidationErrorStyle.WARNING)
				.errorTitle(zh ? "是否必填" : "Required")
				.error(zh ? "请填写“是”或“否”" : "Enter Y or N");

			Worksheet rules = workbook.newWorksheet(zh ? "填写说明" : "Instructions");
			List<String[]> lines = zh ? zhRules() : enRules();
			for (int r = 0; r < lines.size(); r++) {
				for (int i = 0; i < lines.get(r).length; i++) {
					rules.value(r, i, lines.get(r)[i]);
				}
			}
			rules.style(0, 0).bold().set();
			rules.width(0, 14);
			rules.width(1, 18);
			rules.width(2, 90);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static List<String[]> zhRules() {
		return List.of(new String[] { "只读取第一个工作表；第 1 行为表头，从第 2 行起每行一个数据项，空行忽略，至少 1 项，最多 10000 项。" },
				new String[] { "列", "表头", "规则" }, new String[] { "A", "数据项名称", "必填，最多 100 个字符，文件内不可重复（不区分大小写）" },
				new String[] { "B", "数据类型", "必填：字符串、整数、小数、布尔、日期、日期时间（或 STRING、INTEGER、DECIMAL、BOOLEAN、DATE、DATETIME）" },
				new String[] { "C", "描述", "必填，最多 500 个字符" },
				new String[] { "D", "示例值",
						"选填，最多 200 个字符，须符合数据类型：整数为数字（可带正负号）；小数为数字；布尔为 true/false/是/否；"
								+ "日期为 yyyy-MM-dd 或日期单元格；日期时间为 yyyy-MM-dd HH:mm:ss 或日期单元格" },
				new String[] { "E", "是否必填", "必填：是/否（或 Y/N）" }, new String[] { "", "", "E 列之后不要添加列。" });
	}

	private static List<String[]> enRules() {
		return List.of(
				new String[] {
						"Only the first sheet is read. Row 1 is the header; from row 2 on, one data item per row. "
								+ "Blank rows are skipped. At least 1 and at most 10,000 items." },
				new String[] { "Column", "Header", "Rule" },
				new String[] { "A", "Item name",
						"Required, at most 100 characters, unique in the file (ignoring case)" },
				new String[] { "B", "Data type",
						"Required: STRING, INTEGER, DECIMAL, BOOLEAN, DATE or DATETIME (or 字符串, 整数, 小数, 布尔, 日期, 日期时间)" },
				new String[] { "C", "Description", "Required, at most 500 characters" },
				new String[] { "D", "Sample value",
						"Optional, at most 200 characters, of the item's type: INTEGER digits with an optional sign; "
								+ "DECIMAL a number; BOOLEAN true/false/是/否; DATE yyyy-MM-dd or a date cell; "
								+ "DATETIME yyyy-MM-dd HH:mm:ss or a date cell" },
				new String[] { "E", "Required", "Required: Y or N (or 是/否)" },
				new String[] { "", "", "Do not add columns after E." });
	}

	/**
	 * A workbook written part by part, for content no writer produces. The sheet XML is
	 * what goes inside {@code <sheetData>}; strings are inline.
	 */
	static byte[] handMade(String sheetData, boolean withStyles) {
		return handMade(sheetData, withStyles, Map.of());
	}

	/** The same, with more parts (name to content) added as they are. */
	static byte[] handMade(String sheetData, boolean withStyles, Map<String, String> moreParts) {
		return zip(handMadeParts(sheetData, withStyles, moreParts));
	}

	/** The parts of {@link #handMade}, by name. */
	static Map<String, byte[]> handMadeParts(String sheetData, boolean withStyles, Map<String, String> moreParts) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
						<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
						<Default Extension="xml" ContentType="application/xml"/>
						<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
						<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
						"""
						+ (withStyles
								? "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>\n"
								: "")
						+ "</Types>");
		parts.put("_rels/.rels",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
						<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
						</Relationships>""");
		parts.put("xl/workbook.xml",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
						<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
						</workbook>""");
		parts.put("xl/_rels/workbook.xml.rels",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
						<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
						</Relationships>""");
		if (withStyles) {
			parts.put("xl/styles.xml",
					"""
							<?xml version="1.0" encoding="UTF-8"?>
							<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
							<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
							<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>
							</styleSheet>""");
		}
		parts.put("xl/worksheets/sheet1.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""" + sheetData
				+ "</sheetData></worksheet>");
		parts.putAll(moreParts);
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		parts.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
		return bytes;
	}

	/** A row of inline strings, for {@link #handMade}. */
	static String inlineRow(int r, String... values) {
		StringBuilder xml = new StringBuilder("<row r=\"" + r + "\">");
		for (int c = 0; c < values.length; c++) {
			xml.append("<c r=\"")
				.append(DataItemValidator.columnLetters(c))
				.append(r)
				.append("\" t=\"inlineStr\"><is><t>")
				.append(values[c])
				.append("</t></is></c>");
		}
		return xml.append("</row>").toString();
	}

	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Writes the fixtures of the browser tests and the templates; run from the repository
	 * root.
	 */
	public static void main(String[] args) throws IOException {
		Path root = Path.of((args.length > 0) ? args[0] : ".");
		byte[] good = good();
		byte[] bad = badRow();
		for (Path folder : List.of(root.resolve("portal-domain/src/test/resources/io/sellercenter/datafile"),
				root.resolve("portal-web/src/test/resources/datafile"))) {
			Files.createDirectories(folder);
			Files.write(folder.resolve("data-items-good.xlsx"), good);
			Files.write(folder.resolve("data-items-bad-row.xlsx"), bad);
		}
		Path main = root.resolve("portal-domain/src/main/resources");
		Files.write(main.resolve(DataItemFormat.TEMPLATE_ZH), template(Locale.SIMPLIFIED_CHINESE));
		Files.write(main.resolve(DataItemFormat.TEMPLATE_EN), template(Locale.ENGLISH));
	}

}

package io.sellercenter.datafile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.sellercenter.datafile.DataItemWorkbooks.Formatted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.sellercenter.datafile.DataItemWorkbooks.EN_HEADER;
import static io.sellercenter.datafile.DataItemWorkbooks.ZH_HEADER;
import static io.sellercenter.datafile.DataItemWorkbooks.row;
import static io.sellercenter.datafile.DataItemWorkbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class DataItemValidatorTests {

	private final DataItemValidator validator = new DataItemValidator();

	private DataItemReport validate(byte[] bytes) {
		return this.validator.validate(new ByteArrayInputStream(bytes));
	}

	/** A file with a good row 2 and the given row 3. */
	private DataItemReport validateRow(Object... row3) {
		return validate(xlsx(ZH_HEADER, row("编号", "INTEGER", "记录编号", 1, "Y"), row3));
	}

	private static CellError error(int row, String column, String code, String value) {
		return new CellError(row, column, code, value);
	}

	@Test
	void goodFileWithChineseHeadersIsValid() {
		DataItemReport report = validate(DataItemWorkbooks.good());

		assertThat(report.errors()).isEmpty();
		assertThat(report.valid()).isTrue();
		assertThat(report.items()).isEqualTo(7);
		assertThat(report.preview()).containsExactly(new DataItem("用户ID", "INTEGER", "用户的唯一标识", "10086", true),
				new DataItem("用户名称", "STRING", "用户昵称", "张三", true),
				new DataItem("账户余额", "DECIMAL", "账户余额，单位元", "1024.50", false),
				new DataItem("是否会员", "BOOLEAN", "是否为付费会员", "true", false),
				new DataItem("注册日期", "DATE", "注册的日期", "2024-05-01", true),
				new DataItem("最近登录时间", "DATETIME", "最近一次登录的时间", "2024-05-01 08:30:00", false),
				new DataItem("所在城市", "STRING", "用户所在的城市", null, false));
	}

	@Test
	void englishHeadersInAnyCaseAreAccepted() {
		DataItemReport report = validate(
				xlsx(row("ITEM NAME", " Data type ", "description", "Sample Value", "required"),
						row("id", "integer", "Record id", "-42", "y")));

		assertThat(report.errors()).isEmpty();
		assertThat(report.preview()).containsExactly(new DataItem("id", "INTEGER", "Record id", "-42", true));
	}

	@Test
	void headersMayMixLanguages() {
		DataItemReport report = validate(
				xlsx(row("数据项名称", "Data type", "描述", "Sample value", "是否必填"), row("id", "整数", "编号", null, "否")));

		assertThat(report.valid()).isTrue();
	}

	@Test
	void missingNameIsReportedInColumnA() {
		assertThat(validateRow(null, "STRING", "说明", null, "Y").errors())
			.containsExactly(error(3, "A", "dataItem.required", ""));
	}

	@Test
	void nameOfMoreThan100CharactersIsTooLong() {
		String name = "名".repeat(101);

		assertThat(validateRow(name, "STRING", "说明", null, "Y").errors())
			.containsExactly(error(3, "A", "dataItem.tooLong", "名".repeat(50)));
		assertThat(validateRow("名".repeat(100), "STRING", "说明", null, "Y").valid()).isTrue();
	}

	@Test
	void repeatedNameIgnoringCaseIsADuplicate() {
		DataItemReport report = validate(xlsx(ZH_HEADER, row("User_ID", "INTEGER", "编号", null, "Y"),
				row("城市", "STRING", "城市", null, "N"), row(" user_id ", "STRING", "又一个", null, "N")));

		assertThat(report.errors()).containsExactly(error(4, "A", "dataItem.duplicate", "user_id"));
		assertThat(report.items()).isEqualTo(3);
		assertThat(report.preview()).hasSize(2);
	}

	@Test
	void missingTypeIsReportedInColumnB() {
		assertThat(validateRow("名称", null, "说明", null, "Y").errors())
			.containsExactly(error(3, "B", "dataItem.required", ""));
	}

	@Test
	void unknownTypeIsReportedInColumnB() {
		assertThat(validateRow("名称", "TEXT", "说明", "abc", "Y").errors())
			.containsExactly(error(3, "B", "dataItem.type", "TEXT"));
	}

	@Test
	void missingDescriptionIsReportedInColumnC() {
		assertThat(validateRow("名称", "STRING", "  ", null, "Y").errors())
			.containsExactly(error(3, "C", "dataItem.required", ""));
	}

	@Test
	void descriptionOfMoreThan500CharactersIsTooLong() {
		assertThat(validateRow("名称", "STRING", "d".repeat(501), null, "Y").errors())
			.containsExactly(error(3, "C", "dataItem.tooLong", "d".repeat(50)));
		assertThat(validateRow("名称", "STRING", "d".repeat(500), null, "Y").valid()).isTrue();
	}

	@Test
	void sampleOfMoreThan200CharactersIsTooLong() {
		assertThat(validateRow("名称", "STRING", "说明", "s".repeat(201), "Y").errors())
			.containsExactly(error(3, "D", "dataItem.tooLong", "s".repeat(50)));
	}

	@Test
	void missingRequiredFlagIsReportedInColumnE() {
		assertThat(validateRow("名称", "STRING", "说明", null, null).errors())
			.containsExactly(error(3, "E", "dataItem.required", ""));
	}

	@Test
	void requiredFlagOtherThanYesOrNoIsReportedInColumnE() {
		assertThat(validateRow("名称", "STRING", "说明", null, "yes").errors())
			.containsExactly(error(3, "E", "dataItem.requiredFlag", "yes"));
	}

	@ParameterizedTest
	@CsvSource({ "INTEGER, 12", "INTEGER, -7", "INTEGER, +0", "DECIMAL, 3.14", "DECIMAL, -0.5", "DECIMAL, 1e3",
			"BOOLEAN, TRUE", "BOOLEAN, false", "BOOLEAN, 是", "BOOLEAN, 否", "DATE, 2024-02-29",
			"DATETIME, 2024-05-01 23:59:59", "STRING, anything at all", "整数, 5", "日期时间, 2024-05-01 00:00:00" })
	void sampleTextThatFitsTheTypeIsAccepted(String type, String sample) {
		assertThat(validateRow("名称", type, "说明", sample, "Y").errors()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "INTEGER, 1.5", "INTEGER, 12a", "INTEGER, 1 000", "DECIMAL, abc", "DECIMAL, '1,5'", "BOOLEAN, yes",
			"BOOLEAN, 1", "DATE, 2024-02-30", "DATE, 2024/05/01", "DATE, 2024-05-01 08:00:00", "DATETIME, 2024-05-01",
			"DATETIME, 2024-05-01 24:00:00", "DATETIME, 2024-05-01T08:00:00" })
	void sampleTextThatDoesNotFitTheTypeIsReportedInColumnD(String type, String sample) {
		assertThat(validateRow("名称", type, "说明", sample, "Y").errors())
			.containsExactly(error(3, "D", "dataItem.sample", sample));
	}

	@Test
	void numberCellsAreSamplesOfNumberTypes() {
		DataItemReport report = validate(xlsx(ZH_HEADER, row("a", "INTEGER", "整数", 42, "Y"),
				row("b", "DECIMAL", "小数", 2.5, "Y"), row("c", "STRING", "文本", 7, "Y"),
				row("d", "INTEGER", "不是整数", 2.5, "Y"), row("e", "DATE", "不是日期", 45000, "Y")));

		assertThat(report.errors()).containsExactly(error(5, "D", "dataItem.sample", "2.5"),
				error(6, "D", "dataItem.sample", "45000"));
		assertThat(report.preview()).extracting(DataItem::sample).containsExactly("42", "2.5", "7");
	}

	@Test
	void dateCellsAreSamplesOfDateTypes() {
		DataItemReport report = validate(xlsx(ZH_HEADER, row("a", "DATE", "日期", LocalDate.of(2024, 5, 1), "Y"),
				row("b", "DATETIME", "时间", LocalDateTime.of(2024, 5, 1, 8, 30, 15), "Y"),
				row("c", "DATETIME", "只有日期", LocalDate.of(2023, 12, 31), "Y"),
				row("d", "DATE", "中文格式", new Formatted(LocalDate.of(2024, 1, 2), "yyyy年m月d日"), "Y"),
				row("e", "INTEGER", "日期不是整数", LocalDate.of(2024, 5, 1), "Y")));

		assertThat(report.errors()).containsExactly(error(6, "D", "dataItem.sample", "2024-05-01"));
		assertThat(report.preview()).extracting(DataItem::sample)
			.containsExactly("2024-05-01", "2024-05-01 08:30:15", "2023-12-31 00:00:00", "2024-01-02");
	}

	@Test
	void booleanCellsAreSamplesOfBoolean() {
		DataItemReport report = validate(xlsx(ZH_HEADER, row("a", "BOOLEAN", "布尔", Boolean.TRUE, "Y")));

		assertThat(report.preview()).extracting(DataItem::sample).containsExactly("true");
	}

	@Test
	void sampleIsNotCheckedAgainstAnUnknownType() {
		assertThat(validateRow("名称", "MONEY", "说明", "12.5", "Y").errors())
			.containsExactly(error(3, "B", "dataItem.type", "MONEY"));
	}

	@Test
	void blankRowsAreSkippedAndRowsKeepTheirNumbers() {
		DataItemReport report = validate(
				xlsx(ZH_HEADER, row("a", "STRING", "甲", null, "Y"), null, row("  ", null, "", null, null),
						row("b", "STRING", "乙", null, "Y"), null, row("c", "NUMBER", "丙", null, "Y"), null));

		assertThat(report.items()).isEqualTo(3);
		assertThat(report.errors()).containsExactly(error(7, "B", "dataItem.type", "NUMBER"));
		assertThat(report.preview()).extracting(DataItem::name).containsExactly("a", "b");
	}

	@Test
	void everyErrorOfARowIsReported() {
		assertThat(validateRow("名称", null, null, "x", "maybe").errors()).containsExactly(
				error(3, "B", "dataItem.required", ""), error(3, "C", "dataItem.required", ""),
				error(3, "E", "dataItem.requiredFlag", "maybe"));
	}

	@Test
	void wrongHeaderIsReportedAndTheRowsAreNotChecked() {
		DataItemReport report = validate(xlsx(row("数据项名称", "类型", "描述", "示例值", "必填"), row("a", "BAD", "甲", null, "Y")));

		assertThat(report.errors()).containsExactly(error(1, "B", "dataItem.header", "类型"),
				error(1, "E", "dataItem.header", "必填"));
		assertThat(report.items()).isZero();
	}

	@Test
	void columnsOutOfOrderAreAWrongHeader() {
		DataItemReport report = validate(xlsx(row("数据类型", "数据项名称", "描述", "示例值", "是否必填")));

		assertThat(report.errors()).containsExactly(error(1, "A", "dataItem.header", "数据类型"),
				error(1, "B", "dataItem.header", "数据项名称"));
	}

	@Test
	void extraHeaderColumnIsAnErrorButTheRowsAreStillChecked() {
		DataItemReport report = validate(xlsx(row("数据项名称", "数据类型", "描述", "示例值", "是否必填", null, "备注"),
				row("a", "BAD", "甲", null, "Y", null, "whatever")));

		assertThat(report.errors()).containsExactly(error(1, "G", "dataItem.header", "备注"),
				error(2, "B", "dataItem.type", "BAD"));
	}

	@Test
	void missingHeaderRowNamesEveryHeaderCell() {
		DataItemReport report = validate(xlsx(null, row("a", "STRING", "甲", null, "Y")));

		assertThat(report.errors()).containsExactly(error(1, "A", "dataItem.header", ""),
				error(1, "B", "dataItem.header", ""), error(1, "C", "dataItem.header", ""),
				error(1, "D", "dataItem.header", ""), error(1, "E", "dataItem.header", ""));
	}

	@Test
	void headerWithoutItemsIsEmpty() {
		assertThat(validate(xlsx(EN_HEADER, null, row(" "))).errors())
			.containsExactly(error(0, "", "dataItem.empty", ""));
	}

	@Test
	void sheetWithoutAnythingIsEmpty() {
		assertThat(validate(xlsx(row((Object) null))).errors()).containsExactly(error(0, "", "dataItem.empty", ""));
	}

	@Test
	void onlyTheFirstSheetCounts() throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "Tests", "1.0");
		org.dhatim.fastexcel.Worksheet first = workbook.newWorksheet("Items");
		org.dhatim.fastexcel.Worksheet second = workbook.newWorksheet("Notes");
		for (int c = 0; c < ZH_HEADER.length; c++) {
			first.value(0, c, (String) ZH_HEADER[c]);
		}
		first.value(1, 0, "a");
		first.value(1, 1, "STRING");
		first.value(1, 2, "甲");
		first.value(1, 4, "Y");
		second.value(0, 0, "free text, not a header");
		workbook.finish();

		assertThat(validate(out.toByteArray()).valid()).isTrue();
	}

	@Test
	void errorsStopAt200AndTheRestAreCounted() {
		List<Object[]> rows = new ArrayList<>();
		rows.add(ZH_HEADER);
		for (int i = 0; i < 300; i++) {
			rows.add(row("item" + i, "BAD", "说明", null, "Y"));
		}

		DataItemReport report = validate(xlsx(rows.toArray(Object[][]::new)));

		assertThat(report.items()).isEqualTo(300);
		assertThat(report.errors()).hasSize(201);
		assertThat(report.errors().get(199)).isEqualTo(error(201, "B", "dataItem.type", "BAD"));
		assertThat(report.errors().get(200)).isEqualTo(error(0, "", "dataItem.moreErrors", "100"));
	}

	@Test
	void previewHoldsTheFirst20ValidItems() {
		List<Object[]> rows = new ArrayList<>();
		rows.add(ZH_HEADER);
		rows.add(row("bad", "BAD", "说明", null, "Y"));
		for (int i = 0; i < 30; i++) {
			rows.add(row("item" + i, "STRING", "说明", null, "N"));
		}

		DataItemReport report = validate(xlsx(rows.toArray(Object[][]::new)));

		assertThat(report.items()).isEqualTo(31);
		assertThat(report.preview()).hasSize(20);
		assertThat(report.preview().get(0).name()).isEqualTo("item0");
	}

	@Test
	void exactly10000ItemsAreAccepted() {
		List<Object[]> rows = new ArrayList<>();
		rows.add(EN_HEADER);
		for (int i = 0; i < 10_000; i++) {
			rows.add(row("item" + i, "STRING", "说明", null, "N"));
		}

		DataItemReport report = validate(xlsx(rows.toArray(Object[][]::new)));

		assertThat(report.valid()).isTrue();
		assertThat(report.items()).isEqualTo(10_000);
	}

	@Test
	void hugeSheetIsRejectedForTooManyRowsWithoutReadingItAll(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("huge.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			DataItemWorkbooks.write(out, () -> new HugeSheet(100_000));
		}
		assertThat(Files.size(file)).isLessThan(DataItemFormat.MAX_FILE_BYTES);

		DataItemReport report = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			try (InputStream in = Files.newInputStream(file)) {
				return this.validator.validate(in);
			}
		});

		assertThat(report.items()).isEqualTo(10_000);
		assertThat(report.errors()).containsExactly(error(10_002, "", "dataItem.tooManyRows", ""));
		assertThat(report.preview()).hasSize(20);
	}

	@Test
	void streamThatIsNoZipIsNotXlsx() {
		assertThat(validate("name,type\nid,INTEGER\n".getBytes(StandardCharsets.UTF_8)).errors())
			.containsExactly(error(0, "", "dataItem.notXlsx", ""));
		assertThat(validate("%PDF-1.7 not a workbook".getBytes(StandardCharsets.US_ASCII)).errors())
			.containsExactly(error(0, "", "dataItem.notXlsx", ""));
		assertThat(validate(new byte[0]).errors()).containsExactly(error(0, "", "dataItem.notXlsx", ""));
	}

	@Test
	void zipThatIsNoWorkbookIsNotXlsx() {
		byte[] zip = DataItemWorkbooks.zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8),
				"data/items.csv", "id,INTEGER".getBytes(StandardCharsets.UTF_8)));

		assertThat(validate(zip).errors()).containsExactly(error(0, "", "dataItem.notXlsx", ""));
	}

	@Test
	void truncatedWorkbookIsNotXlsx() {
		byte[] good = DataItemWorkbooks.good();

		assertThat(validate(java.util.Arrays.copyOf(good, good.length / 2)).errors())
			.containsExactly(error(0, "", "dataItem.notXlsx", ""));
	}

	@Test
	void workbookWithBrokenSheetXmlIsNotXlsx() {
		byte[] broken = DataItemWorkbooks.handMade(DataItemWorkbooks.inlineRow(1, ZH_HEADER_TEXT) + "<row r=\"2\"><c>",
				true);

		assertThat(validate(broken).errors()).containsExactly(error(0, "", "dataItem.notXlsx", ""));
	}

	@Test
	void handMadeWorkbookWithInlineStringsAndBuiltInDateFormatIsRead() {
		String sheet = DataItemWorkbooks.inlineRow(1, ZH_HEADER_TEXT)
				+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a</t></is></c>"
				+ "<c r=\"B2\" t=\"inlineStr\"><is><t>DATE</t></is></c>"
				+ "<c r=\"C2\" t=\"inlineStr\"><is><t>甲</t></is></c><c r=\"D2\" s=\"1\"><v>45413</v></c>"
				+ "<c r=\"E2\" t=\"inlineStr\"><is><t>Y</t></is></c></row>";

		DataItemReport report = validate(DataItemWorkbooks.handMade(sheet, true));

		assertThat(report.errors()).isEmpty();
		assertThat(report.preview()).extracting(DataItem::sample).containsExactly("2024-05-01");
	}

	@Test
	void workbookWithoutStylesIsReadWithoutDateCells() {
		String sheet = DataItemWorkbooks.inlineRow(1, ZH_HEADER_TEXT)
				+ DataItemWorkbooks.inlineRow(2, "a", "STRING", "甲", "", "Y");

		DataItemReport report = validate(DataItemWorkbooks.handMade(sheet, false));

		assertThat(report.errors()).isEmpty();
		assertThat(report.items()).isEqualTo(1);
	}

	@Test
	void columnLettersGoOnPastZ() {
		assertThat(DataItemValidator.columnLetters(0)).isEqualTo("A");
		assertThat(DataItemValidator.columnLetters(25)).isEqualTo("Z");
		assertThat(DataItemValidator.columnLetters(26)).isEqualTo("AA");
		assertThat(DataItemValidator.columnLetters(16_383)).isEqualTo("XFD");
	}

	@Test
	void customDateFormatsAreRecognised() {
		assertThat(DataItemValidator.isDateFormat("yyyy-mm-dd")).isTrue();
		assertThat(DataItemValidator.isDateFormat("yyyy\"年\"m\"月\"d\"日\";@")).isTrue();
		assertThat(DataItemValidator.isDateFormat("[$-804]yyyy/m/d h:mm")).isTrue();
		assertThat(DataItemValidator.isDateFormat("0.00")).isFalse();
		assertThat(DataItemValidator.isDateFormat("#,##0.00\" days\"")).isFalse();
		assertThat(DataItemValidator.isDateFormat("[Red]General")).isFalse();
		assertThat(DataItemValidator.isDateFormat("@")).isFalse();
	}

	@Test
	void cellErrorCutsLongValues() {
		assertThat(new CellError(2, "A", "dataItem.tooLong", "😀".repeat(60)).value()).isEqualTo("😀".repeat(50));
	}

	static final String[] ZH_HEADER_TEXT = { "数据项名称", "数据类型", "描述", "示例值", "是否必填" };

	/** Rows generated as they are written, so the test itself stays small. */
	private static final class HugeSheet implements Iterator<Object[]> {

		private final int items;

		private int next = -1;

		HugeSheet(int items) {
			this.items = items;
		}

		@Override
		public boolean hasNext() {
			return this.next < this.items;
		}

		@Override
		public Object[] next() {
			int i = this.next++;
			return (i < 0) ? ZH_HEADER
					: row("数据项" + i, "STRING", "第 " + i + " 个数据项的说明", "示例" + i, (i % 2 == 0) ? "Y" : "N");
		}

	}

}

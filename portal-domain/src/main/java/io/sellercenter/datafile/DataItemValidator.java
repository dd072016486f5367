package io.sellercenter.datafile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Checks a data-item file against {@link DataItemFormat}. The sheet is streamed row by
 * row and reading stops once {@link DataItemFormat#MAX_ITEMS} is passed; only the packed
 * file (at most {@link DataItemFormat#MAX_FILE_BYTES}) is held in memory.
 */
@Component
public class DataItemValidator {

	static final String NOT_XLSX = "dataItem.notXlsx";

	static final String TOO_LARGE = "dataItem.tooLarge";

	static final String HEADER = "dataItem.header";

	static final String EMPTY = "dataItem.empty";

	static final String REQUIRED = "dataItem.required";

	static final String TOO_LONG = "dataItem.tooLong";

	static final String DUPLICATE = "dataItem.duplicate";

	static final String TYPE = "dataItem.type";

	static final String SAMPLE = "dataItem.sample";

	static final String REQUIRED_FLAG = "dataItem.requiredFlag";

	static final String TOO_MANY_ROWS = "dataItem.tooManyRows";

	static final String MORE_ERRORS = "dataItem.moreErrors";

	static final String NUMBER = "dataItem.number";

	static final String NUMBER_FORMAT = "dataItem.numberFormat";

	static final String FORMULA = "dataItem.formula";

	/** Excel's limit on a number format's length. */
	static final int MAX_FORMAT_LENGTH = 255;

	/**
	 * Numbers a spreadsheet holds: Excel's lie between about 1E-308 and 1E308 and have 15
	 * significant digits (17 as written in the file).
	 */
	static final int MAX_EXPONENT = 308;

	static final int MAX_DIGITS = 40;

	private static final Logger log = LoggerFactory.getLogger(DataItemValidator.class);

	private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?\\d+");

	private static final Pattern DECIMAL_TEXT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DATETIME_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withResolverStyle(ResolverStyle.STRICT);

	/** Excel's last day, 9999-12-31; larger serial numbers are no date. */
	private static final double MAX_SERIAL_DATE = 2_958_465;

	/**
	 * Reads and checks a data-item file. Content never makes this throw: a stream that is
	 * no readable workbook gives one whole-file error.
	 * @param xlsx the uploaded bytes; read to the end (or past the size limit), not
	 * closed
	 * @throws UncheckedIOException only when the stream itself cannot be read
	 */
	public DataItemReport validate(InputStream xlsx) {
		byte[] bytes;
		try {
			bytes = xlsx.readNBytes(DataItemFormat.MAX_FILE_BYTES + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (bytes.length > DataItemFormat.MAX_FILE_BYTES) {
			return DataItemReport.ofFile(TOO_LARGE);
		}
		Optional<CellError> refused = WorkbookGuard.check(bytes);
		if (refused.isPresent()) {
			return new DataItemReport(0, List.of(refused.get()), List.of());
		}
		try (ReadableWorkbook workbook = open(bytes)) {
			Optional<Sheet> first = workbook.getSheet(0);
			if (first.isEmpty()) {
				return DataItemReport.ofFile(NOT_XLSX);
			}
			try (Stream<Row> rows = first.get().openStream()) {
				return new Reading().read(rows.iterator());
			}
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Data-item file is no readable workbook", ex);
			return DataItemReport.ofFile(NOT_XLSX);
		}
	}

	private static ReadableWorkbook open(byte[] bytes) throws IOException {
		try {
			return new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, true));
		}
		catch (ExcelReaderException ex) {
			// Some writers leave out the styles part, without which number formats cannot
			// be read; no cell is a date cell then.
			return new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(false, true));
		}
	}

	/** Column letters of a 0-based index: 0 is A, 26 is AA. */
	static String columnLetters(int index) {
		StringBuilder letters = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			letters.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return letters.toString();
	}

	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	private static Cell cell(Row row, int index) {
		return row.getOptionalCell(index).orElse(null);
	}

	/**
	 * Why a cell cannot be read as the merchant sees it, or null: a number no spreadsheet
	 * holds (whose plain form could be hundreds of megabytes long), or a number format
	 * longer than any spreadsheet writes. Asked before the cell is converted.
	 */
	static String problem(Cell cell) {
		if (cell == null || !(cell.getValue() instanceof BigDecimal number)) {
			return null;
		}
		if (number.signum() != 0 && (number.precision() > MAX_DIGITS
				|| Math.abs((long) number.precision() - number.scale() - 1) > MAX_EXPONENT)) {
			return NUMBER;
		}
		String format = cell.getDataFormatString();
		return (format != null && format.length() > MAX_FORMAT_LENGTH) ? NUMBER_FORMAT : null;
	}

	/** The cell's value as the file has it (bounded by the guard for numbers). */
	private static String raw(Cell cell) {
		return (cell.getRawValue() != null) ? cell.getRawValue().strip() : "";
	}

	/**
	 * What the merchant sees in the cell, trimmed; dates in ISO form. A cell with a
	 * {@link #problem} gives its raw value.
	 */
	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (problem(cell) != null) {
			return raw(cell);
		}
		LocalDateTime date = dateOf(cell);
		if (date != null) {
			return date.toLocalTime().equals(LocalTime.MIDNIGHT) ? date.toLocalDate().format(DATE_FORMAT)
					: date.format(DATETIME_FORMAT);
		}
		Object value = cell.getValue();
		String text;
		if (value instanceof BigDecimal number) {
			text = plain(number);
		}
		else if (value instanceof Boolean flag) {
			text = flag ? "TRUE" : "FALSE";
		}
		else if (cell.getType() == CellType.ERROR) {
			// An error value (#N/A) or a number the reader could not parse.
			text = (cell.getRawValue() != null) ? cell.getRawValue() : "";
		}
		else {
			text = cell.getText();
		}
		return text.strip();
	}

	private static String plain(BigDecimal number) {
		return (number.signum() == 0) ? "0" : number.stripTrailingZeros().toPlainString();
	}

	/** The date and time of a number cell with a date format, else null. */
	private static LocalDateTime dateOf(Cell cell) {
		if (!(cell.getValue() instanceof BigDecimal number) || !isDateFormat(cell)) {
			return null;
		}
		double serial = number.doubleValue();
		if (serial < 0 || serial >= MAX_SERIAL_DATE + 1) {
			return null;
		}
		try {
			return cell.asDate();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Whether a cell's number format shows a date or time: Excel's built-in date formats
	 * (including those of Chinese, Japanese and Korean Excel), or a custom format with
	 * date or time letters and no digit placeholders.
	 */
	static boolean isDateFormat(Cell cell) {
		Integer id;
		try {
			id = cell.getDataFormatId();
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (id == null) {
			return false;
		}
		if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) {
			return true;
		}
		return isDateFormat(cell.getDataFormatString());
	}

	/**
	 * Whether a number format shows a date, read in one pass (a format is at most
	 * {@value #MAX_FORMAT_LENGTH} characters; longer ones are refused before this).
	 */
	static boolean isDateFormat(String format) {
		if (format == null || format.length() > MAX_FORMAT_LENGTH) {
			return false;
		}
		// Only the first section counts; quoted text, escapes, the character after _ or
		// *, [colours] and [$-locale] say nothing about the value.
		StringBuilder bare = new StringBuilder();
		for (int i = 0; i < format.length() && format.charAt(i) != ';'; i++) {
			char c = format.charAt(i);
			switch (c) {
				case '"' -> i = skipTo(format, i, '"');
				case '[' -> i = skipTo(format, i, ']');
				case '\\', '_', '*' -> i++;
				default -> bare.append(Character.toLowerCase(c));
			}
		}
		boolean dateLetters = bare.chars().anyMatch((c) -> "ymdhs".indexOf(c) >= 0);
		boolean digits = bare.chars().anyMatch((c) -> "0#?".indexOf(c) >= 0);
		return dateLetters && !digits && bare.indexOf("general") < 0;
	}

	/** The index of the character that closes the part opened at {@code from}. */
	private static int skipTo(String format, int from, char end) {
		int close = format.indexOf(end, from + 1);
		return (close >= 0) ? close : format.length();
	}

	/** One validation: what has been found so far. */
	private static final class Reading {

		private final List<CellError> errors = new ArrayList<>();

		private int omitted;

		private CellError tooManyRows;

		private final List<DataItem> preview = new ArrayList<>();

		private final Set<String> names = new HashSet<>();

		private int items;

		private int rowErrors;

		DataItemReport read(Iterator<Row> rows) {
			Row header = null;
			while (header == null && rows.hasNext()) {
				Row row = rows.next();
				if (!isBlank(row, row.getCellCount())) {
					header = row;
				}
			}
			if (header == null) {
				return new DataItemReport(0, List.of(CellError.ofFile(EMPTY)), List.of());
			}
			if (!header(header)) {
				return report();
			}
			while (rows.hasNext()) {
				Row row = rows.next();
				if (isBlank(row, DataItemFormat.COLUMNS.size())) {
					continue;
				}
				if (this.items == DataItemFormat.MAX_ITEMS) {
					this.tooManyRows = new CellError(row.getRowNum(), "", TOO_MANY_ROWS, "");
					break;
				}
				this.items++;
				item(row);
			}
			if (this.items == 0) {
				this.errors.add(CellError.ofFile(EMPTY));
			}
			return report();
		}

		private DataItemReport report() {
			List<CellError> all = new ArrayList<>(this.errors);
			if (this.tooManyRows != null) {
				all.add(this.tooManyRows);
			}
			if (this.omitted > 0) {
				all.add(new CellError(0, "", MORE_ERRORS, Integer.toString(this.omitted)));
			}
			return new DataItemReport(this.items, all, this.preview);
		}

		private static boolean isBlank(Row row, int columns) {
			for (int i = 0; i < Math.min(columns, row.getCellCount()); i++) {
				if (!text(cell(row, i)).isEmpty()) {
					return false;
				}
			}
			return true;
		}

		/** Checks the header row; false when the rows below cannot be read by it. */
		private boolean header(Row row) {
			boolean readable = true;
			for (DataItemColumn column : DataItemFormat.COLUMNS) {
				String text = (row.getRowNum() == 1) ? text(cell(row, column.ordinal())) : "";
				if (!column.isHeader(text)) {
					error(1, column.letter(), HEADER, text);
					readable = false;
				}
			}
			if (row.getRowNum() == 1) {
				for (int i = DataItemFormat.COLUMNS.size(); i < row.getCellCount(); i++) {
					String text = text(cell(row, i));
					if (!text.isEmpty()) {
						error(1, columnLetters(i), HEADER, text);
					}
				}
			}
			return readable;
		}

		private void item(Row row) {
			int line = row.getRowNum();
			int before = this.rowErrors;

			String name = read(row, DataItemColumn.NAME);
			if (name == null) {
				// read() reported why the cell cannot be read
			}
			else if (name.isEmpty()) {
				error(line, DataItemColumn.NAME.letter(), REQUIRED, name);
			}
			else if (length(name) > DataItemFormat.MAX_NAME_LENGTH) {
				error(line, DataItemColumn.NAME.letter(), TOO_LONG, name);
			}
			else if (!this.names.add(name.toLowerCase(Locale.ROOT))) {
				error(line, DataItemColumn.NAME.letter(), DUPLICATE, name);
			}

			String typeText = read(row, DataItemColumn.TYPE);
			DataItemType type = null;
			if (typeText == null) {
				// read() reported why the cell cannot be read
			}
			else if (typeText.isEmpty()) {
				error(line, DataItemColumn.TYPE.letter(), REQUIRED, typeText);
			}
			else {
				type = DataItemType.parse(typeText).orElse(null);
				if (type == null) {
					error(line, DataItemColumn.TYPE.letter(), TYPE, typeText);
				}
			}

			String description = read(row, DataItemColumn.DESCRIPTION);
			if (description == null) {
				// read() reported why the cell cannot be read
			}
			else if (description.isEmpty()) {
				error(line, DataItemColumn.DESCRIPTION.letter(), REQUIRED, description);
			}
			else if (length(description) > DataItemFormat.MAX_DESCRIPTION_LENGTH) {
				error(line, DataItemColumn.DESCRIPTION.letter(), TOO_LONG, description);
			}

			Cell sampleCell = cell(row, DataItemColumn.SAMPLE.ordinal());
			String sampleText = read(row, DataItemColumn.SAMPLE);
			String sample = null;
			if (sampleText != null && !sampleText.isEmpty()) {
				if (length(sampleText) > DataItemFormat.MAX_SAMPLE_LENGTH) {
					error(line, DataItemColumn.SAMPLE.letter(), TOO_LONG, sampleText);
				}
				else if (type != null) {
					sample = sample(type, sampleCell, sampleText);
					if (sample == null) {
						error(line, DataItemColumn.SAMPLE.letter(), SAMPLE, sampleText);
					}
				}
			}

			String flag = read(row, DataItemColumn.REQUIRED);
			Boolean required = null;
			if (flag == null) {
				// read() reported why the cell cannot be read
			}
			else if (flag.isEmpty()) {
				error(line, DataItemColumn.REQUIRED.letter(), REQUIRED, flag);
			}
			else {
				required = oneOf(flag, DataItemFormat.REQUIRED_YES, DataItemFormat.REQUIRED_NO);
				if (required == null) {
					error(line, DataItemColumn.REQUIRED.letter(), REQUIRED_FLAG, flag);
				}
			}

			if (this.rowErrors == before && this.preview.size() < DataItemFormat.PREVIEW_SIZE) {
				this.preview.add(new DataItem(name, type.name(), description, sample, required));
			}
		}

		/**
		 * The text of a column's cell, or null when the cell cannot be read, which is
		 * then reported.
		 */
		private String read(Row row, DataItemColumn column) {
			Cell cell = cell(row, column.ordinal());
			String problem = problem(cell);
			if (problem != null) {
				error(row.getRowNum(), column.letter(), problem, raw(cell));
				return null;
			}
			return text(cell);
		}

		private void error(int row, String column, String code, String value) {
			this.rowErrors++;
			if (this.errors.size() < DataItemFormat.MAX_ERRORS) {
				this.errors.add(new CellError(row, column, code, value));
			}
			else {
				this.omitted++;
			}
		}

	}

	/** True, false, or null when the text is neither (ignoring case). */
	private static Boolean oneOf(String text, List<String> yes, List<String> no) {
		if (yes.stream().anyMatch(text::equalsIgnoreCase)) {
			return Boolean.TRUE;
		}
		if (no.stream().anyMatch(text::equalsIgnoreCase)) {
			return Boolean.FALSE;
		}
		return null;
	}

	/** The sample in its normal form, or null when it does not fit the type. */
	static String sample(DataItemType type, Cell cell, String text) {
		LocalDateTime date = dateOf(cell);
		Object value = cell.getValue();
		BigDecimal number = (date == null && value instanceof BigDecimal n) ? n : null;
		switch (type) {
			case STRING:
				return text;
			case INTEGER:
				if (number != null) {
					return (number.signum() == 0 || number.stripTrailingZeros().scale() <= 0) ? plain(number) : null;
				}
				return (date == null && INTEGER_TEXT.matcher(text).matches()) ? text : null;
			case DECIMAL:
				if (number != null) {
					return plain(number);
				}
				return (date == null && DECIMAL_TEXT.matcher(text).matches()) ? text : null;
			case BOOLEAN:
				if (value instanceof Boolean flag) {
					return flag.toString();
				}
				Boolean parsed = oneOf(text, DataItemFormat.BOOLEAN_TRUE, DataItemFormat.BOOLEAN_FALSE);
				return (parsed != null) ? parsed.toString() : null;
			case DATE:
				if (date != null) {
					return date.toLocalDate().format(DATE_FORMAT);
				}
				return (number == null && parses(text, DATE_FORMAT)) ? text : null;
			case DATETIME:
				if (date != null) {
					return date.format(DATETIME_FORMAT);
				}
				return (number == null && parses(text, DATETIME_FORMAT)) ? text : null;
			default:
				return null;
		}
	}

	private static boolean parses(String text, DateTimeFormatter format) {
		try {
			format.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}

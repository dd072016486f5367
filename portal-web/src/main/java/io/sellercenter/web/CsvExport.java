package io.sellercenter.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A CSV download as every export of the portal writes it (SPEC §5): RFC 4180 (Commons CSV
 * quotes commas, quotes and line breaks, lines end with CRLF), UTF-8 with a byte order
 * mark unless asked without (so that spreadsheet programs read Chinese), headers in the
 * reader's language. Every text cell goes through {@link #text}, so that no cell, and no
 * piece of one that a spreadsheet may take for a cell, can become a formula. A file that
 * broke off ends with a line that says so and a broken response.
 */
public final class CsvExport {

	/**
	 * What a last line says when the export broke off, so no one takes the file for
	 * whole.
	 */
	public static final String INCOMPLETE = "# EXPORT INCOMPLETE";

	/**
	 * Characters that begin a formula: {@code = + - @} and every character whose NFKC
	 * form is one of them (CsvExportTests derives the list from Unicode).
	 */
	static final String FORMULA_STARTS = "=+-@\u207A\u207C\u208A\u208C\uFB29\uFE62\uFE63\uFE66\uFE6B"
			+ "\uFF0B\uFF0D\uFF1D\uFF20";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final Writer writer;

	/**
	 * Commons CSV writes a record a character at a time; into a StringBuilder that costs
	 * nothing, while each write to the Writer takes its lock (a third of an export's CPU
	 * when the printer wrote to the Writer itself). Each record goes to the Writer whole.
	 */
	private final StringBuilder line = new StringBuilder(512);

	private final CSVPrinter printer;

	/** Writes the BOM (if asked) and the header row to {@code out}. */
	public CsvExport(OutputStream out, boolean bom, List<String> header) throws IOException {
		this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		if (bom) {
			this.writer.write('\uFEFF');
		}
		this.printer = new CSVPrinter(this.line, CSVFormat.RFC4180);
		row(header.toArray());
	}

	/**
	 * Starts the download {@code name-yyyyMMdd-HHmmss.csv} on the response: an attachment
	 * that no cache keeps, then the BOM and the header row.
	 */
	public static CsvExport download(HttpServletResponse response, String name, LocalDateTime now, boolean bom,
			List<String> header) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(name + "-" + FILE_TIME.format(now) + ".csv", StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		return new CsvExport(response.getOutputStream(), bom, header);
	}

	/** The header row: the message {@code prefix + column} of each column. */
	public static List<String> header(MessageSource messages, Locale locale, String prefix, List<String> columns) {
		return columns.stream().map((column) -> messages.getMessage(prefix + column, null, locale)).toList();
	}

	/**
	 * One row; cells are written as they are, so text a user or a client typed must go
	 * through {@link #text} first.
	 */
	public void row(Object... cells) throws IOException {
		this.printer.printRecord(cells);
		this.writer.append(this.line);
		this.line.setLength(0);
	}

	/** Sends what is buffered: the end of a complete export. */
	public void finish() throws IOException {
		this.writer.flush();
	}

	/**
	 * Ends a broken export with a line that says so (after {@code rows} {@code items}),
	 * in case the reader keeps what it got, then throws {@link Broken} so that the server
	 * closes the connection without ending the chunked body: browsers mark the download
	 * failed, and tools like curl exit with an error.
	 */
	public void fail(long rows, String items, String why) throws IOException {
		this.writer.write(INCOMPLETE + ": the database failed after " + rows + " " + items + "\r\n");
		this.writer.flush();
		throw new Broken(why);
	}

	/**
	 * The cell as text a spreadsheet shows as it is, never as a formula. A formula starts
	 * with {@code = + - @} or a character that is one of them in compatibility form
	 * (full-width {@code ＝ ＋ － ＠}, small, superscript and subscript forms), which some
	 * spreadsheets and input methods turn into the plain one. Such a character gets a
	 * {@code '} before it when it begins:
	 * <ul>
	 * <li>the cell, after any whitespace, control or format characters and double quotes
	 * (which spreadsheets trim or read past);</li>
	 * <li>a piece after a {@code ;} in the cell, since spreadsheets in many European
	 * locales split a line on semicolons, quotes or not, so that {@code a;=1+1} becomes
	 * two cells;</li>
	 * <li>a piece after a line break in the cell, for readers that split lines before
	 * they look at quotes.</li>
	 * </ul>
	 * A cell that starts with a tab, CR, LF or NUL gets a leading {@code '} in any case
	 * (SPEC §5). The text otherwise stays as it was, so the cell still reads as what was
	 * typed or sent.
	 */
	public static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		StringBuilder guarded = null;
		int copied = 0;
		char first = value.charAt(0);
		boolean pieceStart = true;
		if (first == '\t' || first == '\r' || first == '\n' || first == '\0') {
			guarded = new StringBuilder(value.length() + 4).append('\'');
			pieceStart = false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (pieceStart) {
				if (FORMULA_STARTS.indexOf(c) >= 0) {
					if (guarded == null) {
						guarded = new StringBuilder(value.length() + 4);
					}
					guarded.append(value, copied, i).append('\'');
					copied = i;
					pieceStart = false;
				}
				else if (!passedOver(c)) {
					pieceStart = false;
				}
			}
			if (c == ';' || c == '\r' || c == '\n') {
				pieceStart = true;
			}
		}
		return (guarded != null) ? guarded.append(value, copied, value.length()).toString() : value;
	}

	/**
	 * What a spreadsheet reads past before it decides whether a cell is a formula:
	 * whitespace of any kind, control and format characters (a zero-width space, a byte
	 * order mark), and double quotes.
	 */
	static boolean passedOver(char c) {
		return c == '"' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
				|| Character.getType(c) == Character.FORMAT;
	}

	/**
	 * A time cell, as the pages show times (UTC): {@code yyyy-MM-dd HH:mm:ss}. Written
	 * digit by digit for the four-digit years a marketplace has; a DateTimeFormatter cost
	 * an export of a million orders a second of CPU.
	 */
	public static String time(LocalDateTime time) {
		if (time == null) {
			return null;
		}
		int year = time.getYear();
		if (year < 1000 || year > 9999) {
			return TIME.format(time);
		}
		char[] text = new char[19];
		digits(text, 0, year, 4);
		text[4] = '-';
		digits(text, 5, time.getMonthValue(), 2);
		text[7] = '-';
		digits(text, 8, time.getDayOfMonth(), 2);
		text[10] = ' ';
		digits(text, 11, time.getHour(), 2);
		text[13] = ':';
		digits(text, 14, time.getMinute(), 2);
		text[16] = ':';
		digits(text, 17, time.getSecond(), 2);
		return new String(text);
	}

	private static void digits(char[] text, int at, int value, int width) {
		for (int i = at + width - 1; i >= at; i--) {
			text[i] = (char) ('0' + value % 10);
			value /= 10;
		}
	}

	/** A decimal cell with every digit and no exponent. */
	public static String decimal(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	/**
	 * Thrown after part of the file was sent, so that the server closes the connection
	 * without ending the chunked body.
	 */
	public static final class Broken extends RuntimeException {

		Broken(String message) {
			super(message);
		}

	}

}

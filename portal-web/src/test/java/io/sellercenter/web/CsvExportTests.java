package io.sellercenter.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file rules every export shares, at the level of {@link CsvExport} itself; the
 * exports' own tests read whole files with a CSV parser.
 */
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

}

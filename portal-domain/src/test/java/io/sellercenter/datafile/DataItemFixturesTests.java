package io.sellercenter.datafile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed files: the fixtures the browser tests upload and the templates the portal
 * offers. {@link DataItemWorkbooks#main} writes them again.
 */
class DataItemFixturesTests {

	private final DataItemValidator validator = new DataItemValidator();

	private DataItemReport validate(String resource) throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return this.validator.validate(in);
		}
	}

	@Test
	void goodFixtureIsValid() throws IOException {
		DataItemReport report = validate("io/sellercenter/datafile/data-items-good.xlsx");

		assertThat(report.valid()).isTrue();
		assertThat(report.items()).isEqualTo(7);
	}

	@Test
	void badRowFixtureHasOneUnknownTypeInRow3() throws IOException {
		DataItemReport report = validate("io/sellercenter/datafile/data-items-bad-row.xlsx");

		assertThat(report.errors()).containsExactly(new CellError(3, "B", "dataItem.type", "TEXT"));
		assertThat(report.items()).isEqualTo(5);
	}

	@Test
	void webFixturesAreTheSameFiles() throws IOException {
		Path domain = Path.of("src/test/resources/io/sellercenter/datafile");
		Path web = Path.of("../portal-web/src/test/resources/datafile");
		for (String name : List.of("data-items-good.xlsx", "data-items-bad-row.xlsx")) {
			assertThat(Files.readAllBytes(web.resolve(name))).as(name)
				.isEqualTo(Files.readAllBytes(domain.resolve(name)));
		}
	}

	@Test
	void templatesHaveTheHeaderAndNoItems() throws IOException {
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			String template = DataItemFormat.template(locale);

			assertThat(validate(template).errors()).as(template)
				.containsExactly(new CellError(0, "", "dataItem.empty", ""));
			assertThat(header(template))
				.containsExactlyElementsOf(DataItemFormat.COLUMNS.stream().map((c) -> c.header(locale)).toList());
		}
	}

	private List<String> header(String resource) throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource);
				ReadableWorkbook workbook = new ReadableWorkbook(in);
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			Row first = rows.findFirst().orElseThrow();
			return first.stream().map((cell) -> cell.getText()).toList();
		}
	}

}

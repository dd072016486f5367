package io.sellercenter.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Zips are told apart by their entry names, built here as real archives. */
class ContentTypeTests {

	/** A zip holding these entries, each with a line of text. */
	static byte[] zip(String... names) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (String name : names) {
				out.putNextEntry(new ZipEntry(name));
				if (!name.endsWith("/")) {
					out.write(("<x>" + name + "</x>").getBytes(StandardCharsets.UTF_8));
				}
				out.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] docx() {
		return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels");
	}

	static byte[] xlsx() {
		return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
	}

	static byte[] pptx() {
		return zip("[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml", "ppt/slides/slide1.xml");
	}

	@Test
	void officeDocumentsAreToldApartByTheirParts() {
		assertThat(ContentType.sniff(docx())).isEqualTo(ContentType.DOCX);
		assertThat(ContentType.sniff(xlsx())).isEqualTo(ContentType.XLSX);
		assertThat(ContentType.sniff(pptx())).isEqualTo(ContentType.PPTX);
		assertThat(ContentType.DOCX.extension()).isEqualTo("docx");
		assertThat(ContentType.PPTX.mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
	}

	@Test
	void anyOtherReadableZipIsAZip() {
		assertThat(ContentType.sniff(zip("proof/photo.jpg", "proof/notes.txt"))).isEqualTo(ContentType.ZIP);
		// Office parts without the package's content types, or of two kinds at once.
		assertThat(ContentType.sniff(zip("xl/workbook.xml"))).isEqualTo(ContentType.ZIP);
		assertThat(ContentType.sniff(zip("[Content_Types].xml", "word/document.xml", "xl/workbook.xml")))
			.isEqualTo(ContentType.ZIP);
		assertThat(ContentType.ZIP.mediaType()).isEqualTo("application/zip");
		assertThat(ContentType.ZIP.extension()).isEqualTo("zip");
	}

	@Test
	void aTruncatedZipIsRefused() {
		byte[] whole = docx();
		assertThat(ContentType.sniff(Arrays.copyOf(whole, whole.length - 30))).isNull();
		assertThat(ContentType.sniff(Arrays.copyOf(whole, whole.length / 2))).isNull();
		assertThat(ContentType.sniff(new byte[] { 'P', 'K', 3, 4 })).isNull();
	}

	@Test
	void aZipOfTooManyEntriesIsRefused() {
		String[] names = new String[ContentType.MAX_ZIP_ENTRIES + 1];
		for (int i = 0; i < names.length; i++) {
			names[i] = "e" + i;
		}
		assertThat(ContentType.sniff(zip(names))).isNull();
		assertThat(ContentType.sniff(zip(Arrays.copyOf(names, ContentType.MAX_ZIP_ENTRIES))))
			.isEqualTo(ContentType.ZIP);
	}

	@Test
	void otherTypesStillGoByTheirFirstBytes() {
		assertThat(ContentType.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ContentType.PDF);
		assertThat(ContentType.sniff(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0 }))
			.isEqualTo(ContentType.JPEG);
		assertThat(ContentType.sniff(new byte[] { 'M', 'Z', (byte) 0x90, 0 })).isNull();
		assertThat(ContentType.sniff(new byte[0])).isNull();
	}

}

package io.sellercenter.file;

import java.time.Clock;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The checks an upload passes before it is stored, whatever it is called. */
class FileServiceTests {

	/** {@link FileService#check} needs neither the database nor the clock. */
	private final FileService files = new FileService(null, Clock.systemUTC());

	private ContentType check(FileKind kind, String name, byte[] bytes) {
		return this.files.check(kind, new Upload(name, "application/octet-stream", bytes));
	}

	private String refusal(FileKind kind, String name, byte[] bytes) {
		return assertThatExceptionOfType(UploadRejected.class).isThrownBy(() -> check(kind, name, bytes))
			.actual()
			.code();
	}

	@Test
	void supervisionDocumentsMayBeOfficeDocumentsOrZips() {
		FileKind kind = FileKind.SUPERVISION_DOCUMENT;
		assertThat(check(kind, "acceptance.docx", ContentTypeTests.docx())).isEqualTo(ContentType.DOCX);
		assertThat(check(kind, "figures.xlsx", ContentTypeTests.xlsx())).isEqualTo(ContentType.XLSX);
		assertThat(check(kind, "kick-off.pptx", ContentTypeTests.pptx())).isEqualTo(ContentType.PPTX);
		assertThat(check(kind, "proof.zip", ContentTypeTests.zip("a.jpg", "b.pdf"))).isEqualTo(ContentType.ZIP);
		// The content decides: a docx named .pdf is a docx.
		assertThat(check(kind, "acceptance.pdf", ContentTypeTests.docx())).isEqualTo(ContentType.DOCX);
		assertThat(kind.owner()).isEqualTo(FileKind.Owner.SUPERVISION);
		assertThat(FileKind.Owner.SUPERVISION.kinds()).containsExactly(FileKind.SUPERVISION_DOCUMENT);
	}

	@Test
	void anExecutableNamedPdfIsRefused() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		assertThat(refusal(FileKind.SUPERVISION_DOCUMENT, "acceptance.pdf", exe)).isEqualTo("upload.wrongType");
	}

	@Test
	void aTruncatedZipIsRefused() {
		byte[] whole = ContentTypeTests.zip("proof/a.txt", "proof/b.txt");
		byte[] cut = Arrays.copyOf(whole, whole.length - 10);
		assertThat(refusal(FileKind.SUPERVISION_DOCUMENT, "proof.zip", cut)).isEqualTo("upload.wrongType");
	}

	@Test
	void dataItemsTakeAWorkbookButNotAPlainZip() {
		assertThat(check(FileKind.DATA_ITEMS, "items.xlsx", ContentTypeTests.xlsx())).isEqualTo(ContentType.XLSX);
		assertThat(refusal(FileKind.DATA_ITEMS, "items.xlsx", ContentTypeTests.zip("items.csv")))
			.isEqualTo("upload.wrongType");
		assertThat(refusal(FileKind.DATA_ITEMS, "items.xlsx", ContentTypeTests.docx())).isEqualTo("upload.wrongType");
	}

	@Test
	void aSupervisionDocumentOverTenMegabytesIsRefused() {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		big[0] = '%';
		big[1] = 'P';
		big[2] = 'D';
		big[3] = 'F';
		big[4] = '-';
		UploadRejected rejected = assertThatExceptionOfType(UploadRejected.class)
			.isThrownBy(() -> check(FileKind.SUPERVISION_DOCUMENT, "scan.pdf", big))
			.actual();
		assertThat(rejected.code()).isEqualTo("upload.tooLarge");
		assertThat(rejected.args()).containsExactly(10L);
		assertThat(check(FileKind.SUPERVISION_DOCUMENT, "scan.pdf", Arrays.copyOf(big, 10 * 1024 * 1024)))
			.isEqualTo(ContentType.PDF);
	}

}

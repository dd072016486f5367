package io.sellercenter.file;

import java.io.IOException;
import java.util.Arrays;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The types the portal accepts, recognised by their content, never by name: most by their
 * first bytes ("magic numbers"). Office documents are zip archives like any other, so a
 * zip is told apart by the names of its entries (see {@link #sniff}).
 */
public enum ContentType {

	PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }),
	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", Zip.MAGIC),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", Zip.MAGIC),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", Zip.MAGIC),
	ZIP("application/zip", "zip", Zip.MAGIC);

	/**
	 * Entries an archive may list. Office documents have tens and an archive of proof a
	 * few hundred; one of more is no document anyone reads, only a way to make whoever
	 * opens it walk a huge directory. (Reading the directory itself is bounded by the
	 * kind's size limit, which is checked before the content.)
	 */
	static final int MAX_ZIP_ENTRIES = 10_000;

	/** The part every Office Open XML package has (ECMA-376 part 2). */
	private static final String OOXML_CONTENT_TYPES = "[Content_Types].xml";

	private final String mediaType;

	private final String extension;

	private final byte[] magic;

	ContentType(String mediaType, String extension, byte[] magic) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.magic = magic;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	/**
	 * The type these bytes are, or null when they are none of ours. A zip needs the whole
	 * file, since its central directory is at the end: it is a DOCX, XLSX or PPTX when it
	 * has {@code [Content_Types].xml} and entries under exactly one of {@code word/},
	 * {@code xl/} or {@code ppt/}, otherwise a plain ZIP; one that cannot be read, or has
	 * more than {@link #MAX_ZIP_ENTRIES} entries, is none of ours. Only entry names are
	 * read, nothing is unpacked: what an archive holds is for whoever opens it to check
	 * (the data-item reader does, for its workbooks).
	 */
	public static ContentType sniff(byte[] content) {
		for (ContentType type : values()) {
			if (content.length >= type.magic.length
					&& Arrays.equals(Arrays.copyOf(content, type.magic.length), type.magic)) {
				return (type.magic == Zip.MAGIC) ? sniffZip(content) : type;
			}
		}
		return null;
	}

	/**
	 * What a zip archive is, from its entry names in the central directory. The local
	 * file headers are skipped: they repeat the names, and a reader of the file goes by
	 * the central directory too.
	 */
	private static ContentType sniffZip(byte[] zip) {
		try (ZipFile archive = ZipFile.builder()
			.setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
			.setIgnoreLocalFileHeader(true)
			.get()) {
			boolean contentTypes = false;
			boolean word = false;
			boolean xl = false;
			boolean ppt = false;
			int entries = 0;
			Enumeration<ZipArchiveEntry> all = archive.getEntries();
			while (all.hasMoreElements()) {
				if (++entries > MAX_ZIP_ENTRIES) {
					return null;
				}
				String name = all.nextElement().getName();
				contentTypes |= name.equals(OOXML_CONTENT_TYPES);
				word |= name.startsWith("word/");
				xl |= name.startsWith("xl/");
				ppt |= name.startsWith("ppt/");
			}
			if (entries == 0) {
				// Starts like a zip, but no directory lists what it holds.
				return null;
			}
			if (contentTypes && word && !xl && !ppt) {
				return DOCX;
			}
			if (contentTypes && xl && !word && !ppt) {
				return XLSX;
			}
			if (contentTypes && ppt && !word && !xl) {
				return PPTX;
			}
			return ZIP;
		}
		catch (IOException | RuntimeException ex) {
			// Truncated, corrupt or split: no reader could open it either.
			return null;
		}
	}

	/**
	 * The zip types' shared magic, in a class of its own: the constants are built before
	 * the enum's own static fields are.
	 */
	private static final class Zip {

		/** A local file header, which every non-empty zip starts with. */
		static final byte[] MAGIC = { 'P', 'K', 3, 4 };

	}

}

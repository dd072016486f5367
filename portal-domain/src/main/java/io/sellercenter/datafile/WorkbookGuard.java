package io.sellercenter.datafile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Scans an xlsx archive, before the reader opens it, for content that would cost far more
 * memory or time than the file's size suggests. The reader streams rows but keeps each
 * row, each cell value and each shared string whole, and it trusts cell references; a 10
 * MB upload can unpack to gigabytes. So every entry is unpacked once here, counted, and
 * every part that looks like XML is tokenised ({@link PartScanner}) just enough to bound
 * what the reader would hold at once.
 *
 * <p>
 * The reader also converts as it goes: every number cell's value becomes a
 * {@code BigDecimal} (a million digits take it half a minute), and every cell under a
 * shared formula gets the formula rewritten, in time that grows with the square of its
 * length; every cell is compared with every array formula. So numbers and formulas are
 * bounded too, and a refusal for one of them names its cell.
 *
 * <p>
 * The limits are far above what Excel, WPS or LibreOffice write for a data-item file. The
 * scan uses the same zip library as the reader, so both see the same entries.
 */
final class WorkbookGuard {

	/**
	 * All entries together, unpacked. A file of 10,000 long items unpacks to some 30 MB;
	 * this is about what 10 MB of packed sheet rows unpack to.
	 */
	static final long MAX_INFLATED = 200L * 1024 * 1024;

	static final int MAX_ENTRIES = 1_000;

	/** A text run, tag, comment or processing instruction; also a whole cell value. */
	static final int MAX_TOKEN = 1024 * 1024;

	static final int MAX_DEPTH = 100;

	/** Excel's own limit (column XFD). */
	static final int MAX_CELLS_PER_ROW = 16_384;

	/**
	 * The reader keeps every shared string up to the highest one a row refers to, so
	 * their number and size bound its memory.
	 */
	static final int MAX_SHARED_STRINGS = 1_000_000;

	static final long MAX_SHARED_STRING_BYTES = 64L * 1024 * 1024;

	/**
	 * A number cell's value as written, with its end tag. Excel writes at most 17
	 * significant digits with sign, point and exponent: 24 characters.
	 */
	static final int MAX_NUMBER_BYTES = 100;

	/**
	 * One formula's text, with its end tag (Excel allows 8,192 characters; a data-item
	 * file needs none, or short ones filled down).
	 */
	static final int MAX_FORMULA_BYTES = 512;

	/**
	 * Formula text the reader handles, counting a shared formula once for every cell that
	 * uses it: a formula of 60 characters filled down 10,000 rows is 600 KB.
	 */
	static final long MAX_FORMULA_TOTAL_BYTES = 1024 * 1024;

	/** Formula elements in all parts, which bounds what the reader keeps of them. */
	static final int MAX_FORMULAS = 20_000;

	/** The reader compares every cell with every array formula. */
	static final int MAX_ARRAY_FORMULAS = 10;

	static final Optional<CellError> NOT_XLSX = Optional.of(CellError.ofFile(DataItemValidator.NOT_XLSX));

	static final Optional<CellError> TOO_LARGE = Optional.of(CellError.ofFile(DataItemValidator.TOO_LARGE));

	private WorkbookGuard() {
	}

	/**
	 * Why the reader must not open this workbook: a whole-file error, or one naming the
	 * cell of a number or formula beyond the limits; empty when it may.
	 */
	static Optional<CellError> check(byte[] xlsx) {
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
			Budget budget = new Budget();
			int entries = 0;
			Enumeration<ZipArchiveEntry> all = zip.getEntries();
			while (all.hasMoreElements()) {
				ZipArchiveEntry entry = all.nextElement();
				if (++entries > MAX_ENTRIES) {
					return TOO_LARGE;
				}
				if (entry.isDirectory() || !zip.canReadEntryData(entry)) {
					// The reader cannot unpack it either, and fails if it needs it.
					continue;
				}
				try (InputStream in = zip.getInputStream(entry)) {
					Optional<CellError> refusal = new PartScanner(budget).scan(in);
					if (refusal.isPresent()) {
						return refusal;
					}
				}
			}
			return (entries == 0) ? NOT_XLSX : Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return NOT_XLSX;
		}
	}

	/** What all parts of one archive may use together. */
	static final class Budget {

		long inflated;

		int sharedStrings;

		long sharedStringBytes;

		int formulas;

		int arrayFormulas;

		long formulaBytes;

		/** The longest shared formula so far, charged to every cell that uses one. */
		long longestSharedFormula;

	}

}

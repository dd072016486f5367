package io.sellercenter.datafile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A byte-level XML tokeniser for one part of a workbook, for {@link WorkbookGuard}. It
 * does not check well-formedness (the reader does), only sizes: it tracks tags, attribute
 * quotes, comments, CDATA and processing instructions so that a '&lt;' or '&gt;' inside
 * them cannot hide anything. It takes one byte at a time without building anything, so a
 * part costs time linear in its size; the limits are {@link WorkbookGuard}'s, and what
 * all parts of an archive use together is counted in its budget.
 */
final class PartScanner {

	private static final byte[] CDATA_OPEN = "<![CDATA[".getBytes(StandardCharsets.US_ASCII);

	private final WorkbookGuard.Budget budget;

	private State state = State.START;

	private long position;

	/** Bytes of the current token. */
	private long token;

	private int depth;

	private int cellsInRow;

	/** Depth of the open element whose whole text the reader collects, or 0. */
	private int valueDepth;

	private long valueStart;

	private boolean valueIsSharedString;

	private ValueKind valueKind = ValueKind.TEXT;

	/** Why {@link #accept} refused a byte. */
	private Optional<CellError> refusal = WorkbookGuard.NOT_XLSX;

	// Where the reader is, to name the cell of a refused number or formula: the row
	// and column of the cell's reference, else its position as the reader counts.
	private int rows;

	private int row;

	private String column = "";

	/** Depth of the open cell element, or 0. */
	private int cellDepth;

	/** Whether the open cell is one the reader reads as a number (no type, or n). */
	private boolean numberCell;

	/** The first bytes of a number, to show in the refusal. */
	private final StringBuilder number = new StringBuilder();

	// The open formula element.
	private boolean formulaShared;

	private boolean formulaMaster;

	// The tag being read.
	private final byte[] name = new byte[16];

	private int nameLength;

	private boolean nameDone;

	private final byte[] attribute = new byte[16];

	private int attributeLength;

	private boolean namespaceDeclaration;

	private byte quote;

	private byte lastInTag;

	private boolean inCellReference;

	private int referenceLetters;

	private boolean referenceDone;

	// Attribute values of the tag being read that the scanner needs.
	private final byte[] quoted = new byte[16];

	private int quotedLength;

	private String tagReference;

	private String tagType;

	private boolean tagHasRange;

	/** Which of those the open attribute value is. */
	private Capture capture = Capture.NONE;

	// The last bytes, for the ends of comments, CDATA and instructions.
	private int last1;

	private int last2;

	PartScanner(WorkbookGuard.Budget budget) {
		this.budget = budget;
	}

	Optional<CellError> scan(InputStream in) throws IOException {
		byte[] buffer = new byte[8192];
		int read = in.readNBytes(buffer, 0, buffer.length);
		int from = 0;
		if (read >= 2 && isWideStart(buffer[0] & 0xff, buffer[1] & 0xff)) {
			// UTF-16 or UTF-32: the byte patterns below would not apply.
			return WorkbookGuard.NOT_XLSX;
		}
		if (read >= 3 && (buffer[0] & 0xff) == 0xef && (buffer[1] & 0xff) == 0xbb && (buffer[2] & 0xff) == 0xbf) {
			from = 3;
		}
		while (read > 0) {
			this.budget.inflated += read;
			if (this.budget.inflated > WorkbookGuard.MAX_INFLATED) {
				return WorkbookGuard.TOO_LARGE;
			}
			if (this.state != State.BINARY) {
				for (int i = from; i < read; i++) {
					if (!accept(buffer[i] & 0xff)) {
						return this.refusal;
					}
				}
			}
			from = 0;
			read = in.read(buffer);
		}
		return Optional.empty();
	}

	private static boolean isWideStart(int b0, int b1) {
		return (b0 == 0xfe && b1 == 0xff) || (b0 == 0xff && b1 == 0xfe) || (b0 == '<' && b1 == 0)
				|| (b0 == 0 && (b1 == '<' || b1 == 0));
	}

	/** Takes the next byte; false when the part goes beyond a limit. */
	private boolean accept(int b) {
		this.position++;
		if (this.valueDepth != 0 && !value(b)) {
			return false;
		}
		if (++this.token > WorkbookGuard.MAX_TOKEN) {
			return false;
		}
		boolean ok = switch (this.state) {
			case START -> start(b);
			case TEXT -> text(b);
			case OPEN -> open(b);
			case START_TAG -> startTag(b);
			case END_TAG -> endTag(b);
			case BANG -> bang(b);
			case COMMENT -> until(b, '-', '-', 4);
			case CDATA -> until(b, ']', ']', CDATA_OPEN.length);
			case PI -> until(b, -1, '?', 2);
			case BINARY -> true;
		};
		this.last2 = this.last1;
		this.last1 = b;
		return ok;
	}

	/** Takes a byte of the open value element; false when it is too long. */
	private boolean value(int b) {
		long length = this.position - this.valueStart;
		return switch (this.valueKind) {
			case NUMBER -> number(b, length);
			case FORMULA -> length <= WorkbookGuard.MAX_FORMULA_BYTES || formulaRefused();
			case TEXT -> length <= WorkbookGuard.MAX_TOKEN;
		};
	}

	private boolean number(int b, long length) {
		if (this.number.length() < CellError.MAX_VALUE_LENGTH - 1) {
			this.number.append((b > ' ' && b < 0x7f) ? (char) b : '?');
		}
		if (length > WorkbookGuard.MAX_NUMBER_BYTES) {
			this.refusal = located(DataItemValidator.NUMBER, this.number + "\u2026");
			return false;
		}
		return true;
	}

	private boolean formulaRefused() {
		this.refusal = located(DataItemValidator.FORMULA, "");
		return false;
	}

	private Optional<CellError> located(String code, String value) {
		return Optional.of(new CellError(this.row, this.column, code, value));
	}

	private boolean start(int b) {
		if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
			return true;
		}
		if (b == '<') {
			return text(b);
		}
		// Not XML: the XML reader fails on its first byte if it is asked to read it.
		this.state = State.BINARY;
		return true;
	}

	private boolean text(int b) {
		if (b == '<') {
			this.state = State.OPEN;
			this.token = 1;
		}
		return true;
	}

	private boolean open(int b) {
		this.nameLength = 0;
		this.nameDone = false;
		this.attributeLength = 0;
		this.namespaceDeclaration = false;
		this.quote = 0;
		this.lastInTag = 0;
		this.inCellReference = false;
		this.tagReference = null;
		this.tagType = null;
		this.tagHasRange = false;
		if (b == '/') {
			this.state = State.END_TAG;
		}
		else if (b == '!') {
			this.state = State.BANG;
		}
		else if (b == '?') {
			this.state = State.PI;
		}
		else {
			this.state = State.START_TAG;
			return startTag(b);
		}
		return true;
	}

	private boolean bang(int b) {
		// "<!--" or "<![CDATA["; a DOCTYPE or anything else is refused.
		int index = (int) this.token - 1;
		if (index == 2 && b == '-') {
			return true;
		}
		if (index == 3 && this.last1 == '-') {
			this.state = State.COMMENT;
			return b == '-';
		}
		if (index < CDATA_OPEN.length && b == CDATA_OPEN[index]) {
			if (index == CDATA_OPEN.length - 1) {
				this.state = State.CDATA;
			}
			return true;
		}
		return false;
	}

	/**
	 * Ends a comment, CDATA section or instruction at its closing bytes, which must
	 * follow its opening ones ("&lt;!--&gt;" does not close).
	 */
	private boolean until(int b, int end2, int end1, int opening) {
		if (b == '>' && this.last1 == end1 && (end2 < 0 || this.last2 == end2)
				&& this.token >= opening + ((end2 < 0) ? 2 : 3)) {
			this.state = State.TEXT;
			this.token = 0;
		}
		return true;
	}

	private boolean endTag(int b) {
		if (b == '>') {
			this.state = State.TEXT;
			this.token = 0;
			if (this.valueDepth != 0 && this.depth == this.valueDepth) {
				this.valueDepth = 0;
				if (this.valueIsSharedString) {
					this.budget.sharedStringBytes += this.position - this.valueStart;
					if (this.budget.sharedStringBytes > WorkbookGuard.MAX_SHARED_STRING_BYTES) {
						return tooLarge();
					}
				}
				if (this.valueKind == ValueKind.FORMULA && !chargeFormula(this.position - this.valueStart)) {
					return false;
				}
			}
			if (this.depth == this.cellDepth) {
				this.cellDepth = 0;
			}
			this.depth = Math.max(0, this.depth - 1);
		}
		return true;
	}

	/**
	 * Counts a formula's text; a cell under a shared formula costs as much as the longest
	 * shared formula, whichever it uses.
	 */
	private boolean chargeFormula(long length) {
		this.budget.formulaBytes += this.formulaShared ? Math.max(length, this.budget.longestSharedFormula) : length;
		if (this.formulaMaster) {
			this.budget.longestSharedFormula = Math.max(this.budget.longestSharedFormula, length);
		}
		return this.budget.formulaBytes <= WorkbookGuard.MAX_FORMULA_TOTAL_BYTES || formulaRefused();
	}

	private boolean startTag(int b) {
		if (this.quote != 0) {
			return attributeValue(b);
		}
		boolean space = b == ' ' || b == '\t' || b == '\r' || b == '\n';
		if (!this.nameDone) {
			if (!space && b != '/' && b != '>') {
				if (b == ':') {
					this.nameLength = 0;
				}
				else if (this.nameLength < this.name.length) {
					this.name[this.nameLength++] = (byte) b;
				}
				else {
					this.nameLength = this.name.length + 1;
				}
				return true;
			}
			this.nameDone = true;
		}
		if (b == '>') {
			return tagEnd(this.lastInTag == '/');
		}
		if (b == '"' || b == '\'') {
			this.quote = (byte) b;
			this.inCellReference = isName("c") && isAttribute("r") && !this.namespaceDeclaration;
			this.referenceLetters = 0;
			this.referenceDone = false;
			this.capture = captureOf();
			this.quotedLength = 0;
			this.attributeLength = 0;
		}
		else if (space || b == '=') {
			// An attribute name ends; its value follows.
		}
		else {
			if (this.lastInTag == ' ' || this.lastInTag == '\t' || this.lastInTag == '\r' || this.lastInTag == '\n'
					|| this.lastInTag == '"' || this.lastInTag == '\'') {
				this.attributeLength = 0;
				this.namespaceDeclaration = false;
			}
			if (b == ':') {
				// "xmlns:r" declares a prefix; "x:r" is still read as "r".
				this.namespaceDeclaration = isAttribute("xmlns");
				this.attributeLength = 0;
			}
			else if (this.attributeLength < this.attribute.length) {
				this.attribute[this.attributeLength++] = (byte) b;
			}
		}
		this.lastInTag = (byte) b;
		return true;
	}

	/** Which attribute value of this tag to keep. */
	private Capture captureOf() {
		if (this.namespaceDeclaration) {
			return Capture.NONE;
		}
		if ((isName("row") || isName("c")) && isAttribute("r")) {
			return Capture.REFERENCE;
		}
		if ((isName("c") || isName("f")) && isAttribute("t")) {
			return Capture.TYPE;
		}
		return (isName("f") && isAttribute("ref")) ? Capture.RANGE : Capture.NONE;
	}

	private boolean attributeValue(int b) {
		if (b == this.quote) {
			this.quote = 0;
			this.lastInTag = (byte) b;
			String text = (this.quotedLength <= this.quoted.length)
					? new String(this.quoted, 0, this.quotedLength, StandardCharsets.ISO_8859_1) : "?";
			switch (this.capture) {
				case REFERENCE -> this.tagReference = text;
				case TYPE -> this.tagType = text;
				case RANGE -> this.tagHasRange = true;
				default -> {
				}
			}
			return !this.inCellReference || this.referenceDone || this.referenceLetters <= 3;
		}
		if (this.capture != Capture.NONE) {
			if (this.quotedLength < this.quoted.length) {
				this.quoted[this.quotedLength++] = (byte) b;
			}
			else {
				this.quotedLength = this.quoted.length + 1;
			}
		}
		if (this.inCellReference && !this.referenceDone) {
			// The reader turns every character before the row digits into a column
			// number: only up to three ASCII letters (at most XFD) are safe.
			boolean letter = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
			if (letter) {
				return ++this.referenceLetters <= 3;
			}
			if (b == '$' && this.referenceLetters == 0) {
				return true;
			}
			if ((b >= '0' && b <= '9') || b == '$') {
				this.referenceDone = true;
				return true;
			}
			return false;
		}
		return true;
	}

	private boolean tagEnd(boolean empty) {
		this.state = State.TEXT;
		this.token = 0;
		if (isName("row")) {
			this.rows++;
			this.row = rowNumber(this.tagReference, this.rows);
			this.cellsInRow = 0;
		}
		else if (isName("c")) {
			if (++this.cellsInRow > WorkbookGuard.MAX_CELLS_PER_ROW) {
				return false;
			}
			cell();
		}
		else if (isName("si") && ++this.budget.sharedStrings > WorkbookGuard.MAX_SHARED_STRINGS) {
			return tooLarge();
		}
		else if (isName("f") && !formula(empty)) {
			return false;
		}
		if (empty) {
			return true;
		}
		if (++this.depth > WorkbookGuard.MAX_DEPTH) {
			return false;
		}
		if (isName("c")) {
			this.cellDepth = this.depth;
		}
		if (this.valueDepth == 0 && (isName("v") || isName("f") || isName("t") || isName("is") || isName("si"))) {
			this.valueDepth = this.depth;
			this.valueStart = this.position;
			this.valueIsSharedString = isName("si");
			this.valueKind = isName("f") ? ValueKind.FORMULA
					: (isName("v") && this.cellDepth != 0 && this.numberCell) ? ValueKind.NUMBER : ValueKind.TEXT;
			this.number.setLength(0);
		}
		return true;
	}

	/**
	 * A cell starts: where it is, and whether the reader takes its value for a number.
	 */
	private void cell() {
		String reference = this.tagReference;
		int letters = 0;
		while (reference != null && letters < reference.length()
				&& (Character.isLetter(reference.charAt(letters)) || reference.charAt(letters) == '$')) {
			letters++;
		}
		if (reference != null && letters > 0) {
			this.column = reference.substring(0, letters).replace("$", "");
			this.row = rowNumber(reference.substring(letters).replace("$", ""), this.row);
		}
		else {
			this.column = DataItemValidator.columnLetters(this.cellsInRow - 1);
		}
		this.numberCell = this.tagType == null || this.tagType.equals("n");
	}

	private static int rowNumber(String digits, int otherwise) {
		if (digits == null || digits.isEmpty() || digits.length() > 9) {
			return otherwise;
		}
		for (int i = 0; i < digits.length(); i++) {
			if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
				return otherwise;
			}
		}
		return Integer.parseInt(digits);
	}

	/** A formula element starts; an empty one is also charged here. */
	private boolean formula(boolean empty) {
		this.formulaShared = "shared".equals(this.tagType);
		this.formulaMaster = this.formulaShared && this.tagHasRange;
		if (++this.budget.formulas > WorkbookGuard.MAX_FORMULAS) {
			return formulaRefused();
		}
		if ("array".equals(this.tagType) && ++this.budget.arrayFormulas > WorkbookGuard.MAX_ARRAY_FORMULAS) {
			return formulaRefused();
		}
		return !empty || chargeFormula(0);
	}

	private boolean tooLarge() {
		this.refusal = WorkbookGuard.TOO_LARGE;
		return false;
	}

	private boolean isName(String local) {
		return equalsAscii(this.name, this.nameLength, local);
	}

	private boolean isAttribute(String local) {
		return equalsAscii(this.attribute, this.attributeLength, local);
	}

	private static boolean equalsAscii(byte[] bytes, int length, String text) {
		if (length != text.length()) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (bytes[i] != text.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** Where the scanner is. */
	private enum State {

		/** Before the first byte that is not white space. */
		START,
		/** Not XML: the rest of the part is only counted. */
		BINARY,
		/** Between tags. */
		TEXT,
		/** After '&lt;'. */
		OPEN,
		/** In a start tag or an empty-element tag. */
		START_TAG,
		/** In an end tag. */
		END_TAG,
		/** After "&lt;!": a comment or CDATA must follow. */
		BANG,
		/** In a comment. */
		COMMENT,
		/** In a CDATA section. */
		CDATA,
		/** In a processing instruction. */
		PI

	}

	/** What the open value element holds: text, a cell's number or a formula. */
	private enum ValueKind {

		TEXT, NUMBER, FORMULA

	}

	/** Which attribute value of the tag being read the scanner keeps. */
	private enum Capture {

		NONE, REFERENCE, TYPE, RANGE

	}

}

package io.sellercenter.review;

import io.sellercenter.file.StoredFile;

/**
 * A value as the review page shows it: words, or one of the merchant's stored files (an
 * image is previewed, any other file downloaded). {@code missingFile} is a file id that
 * names none of the merchant's files.
 */
record ShownValue(String text, StoredFile file, boolean missingFile) {

	static ShownValue text(String text) {
		return new ShownValue(text, null, false);
	}

	static ShownValue file(StoredFile file) {
		return (file != null) ? new ShownValue(null, file, false) : new ShownValue(null, null, true);
	}

	public boolean image() {
		return this.file != null && this.file.image();
	}

}

package io.sellercenter.file;

import java.time.LocalDateTime;

/** A stored file's description, without its content. */
public record StoredFile(long id, long merchantId, FileKind purpose, String fileName, String contentType,
		long sizeBytes, String sha256, LocalDateTime createdAt) {

	/** Whether a browser shows it as a picture (the types sniffed at upload). */
	public boolean image() {
		return this.contentType != null && this.contentType.startsWith("image/");
	}

}

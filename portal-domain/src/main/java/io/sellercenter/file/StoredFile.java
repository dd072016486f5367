package io.sellercenter.file;

import java.time.LocalDateTime;

/** A stored file's description, without its content. */
public record StoredFile(long id, long merchantId, FileKind purpose, String fileName, String contentType,
		long sizeBytes, String sha256, LocalDateTime createdAt) {

}

package io.sellercenter.file;

import java.util.Set;

/**
 * What an upload is for, with what it may be and how large. The content decides the type:
 * a file whose bytes are not one of the allowed types is refused whatever its name or
 * declared type.
 */
public enum FileKind {

	BUSINESS_LICENCE(10 * 1024 * 1024, Set.of(ContentType.PDF, ContentType.PNG, ContentType.JPEG)),
	COMPLIANCE_LETTER(10 * 1024 * 1024, Set.of(ContentType.PDF, ContentType.PNG, ContentType.JPEG)),
	LOGO(2 * 1024 * 1024, Set.of(ContentType.PNG, ContentType.JPEG)),
	USER_GUIDE(20 * 1024 * 1024, Set.of(ContentType.PDF)),
	DATA_CERTIFICATE(10 * 1024 * 1024, Set.of(ContentType.PDF, ContentType.PNG, ContentType.JPEG)),
	ASSESSMENT_REPORT(10 * 1024 * 1024, Set.of(ContentType.PDF)),
	DATA_ITEMS(10 * 1024 * 1024, Set.of(ContentType.XLSX));

	private final long maxBytes;

	private final Set<ContentType> allowed;

	FileKind(long maxBytes, Set<ContentType> allowed) {
		this.maxBytes = maxBytes;
		this.allowed = allowed;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	public Set<ContentType> allowed() {
		return this.allowed;
	}

}

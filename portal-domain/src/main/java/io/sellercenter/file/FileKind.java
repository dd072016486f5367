package io.sellercenter.file;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What an upload is for, with what it may be and how large. The content decides the type:
 * a file whose bytes are not one of the allowed types is refused whatever its name or
 * declared type.
 */
public enum FileKind {

	BUSINESS_LICENCE(Owner.MERCHANT_PROFILE, 10 * 1024 * 1024,
			Set.of(ContentType.PDF, ContentType.PNG, ContentType.JPEG)),
	COMPLIANCE_LETTER(Owner.MERCHANT_PROFILE, 10 * 1024 * 1024,
			Set.of(ContentType.PDF, ContentType.PNG, ContentType.JPEG)),
	LOGO(Owner.PRODUCT_APPLICATION, 2 * 1024 * 1024, Set.of(ContentType.PNG, ContentType.JPEG)),
	USER_GUIDE(Owner.PRODUCT_APPLICATION, 20 * 1024 * 1024, Set.of(ContentType.PDF)),
	DATA_CERTIFICATE(Owner.PRODUCT_APPLICATION, 10 * 1024 * 1024,
			Set.of(ContentType.PDF, ContentType.PNG, ContentType.JPEG)),
	ASSESSMENT_REPORT(Owner.PRODUCT_APPLICATION, 10 * 1024 * 1024, Set.of(ContentType.PDF)),
	DATA_ITEMS(Owner.PRODUCT_APPLICATION, 10 * 1024 * 1024, Set.of(ContentType.XLSX)),
	/** Screenshots and documents of a ticket's conversation, from either side. */
	TICKET_ATTACHMENT(Owner.TICKET, 10 * 1024 * 1024, Set.of(ContentType.PDF, ContentType.PNG, ContentType.JPEG)),
	/**
	 * The acceptance document and proof of a supervised delivery, the customer's
	 * requirement attachments, an appeal's proof. These come as scans, office documents
	 * or a zip of several, so all of them are allowed; an archive is only recognised,
	 * never unpacked, since the portal itself does not open it.
	 */
	SUPERVISION_DOCUMENT(Owner.SUPERVISION, 10 * 1024 * 1024, Set.of(ContentType.PDF, ContentType.PNG, ContentType.JPEG,
			ContentType.DOCX, ContentType.XLSX, ContentType.PPTX, ContentType.ZIP));

	/**
	 * The feature a file belongs to: it is served only through that feature's pages,
	 * under that feature's rules (the profile to whoever reads the profile, a product's
	 * files to whoever may see the product's application).
	 */
	public enum Owner {

		MERCHANT_PROFILE, PRODUCT_APPLICATION, TICKET, SUPERVISION;

		/** The kinds of file this feature owns. */
		public List<FileKind> kinds() {
			return Arrays.stream(FileKind.values()).filter((kind) -> kind.owner == this).toList();
		}

	}

	private final Owner owner;

	private final long maxBytes;

	private final Set<ContentType> allowed;

	FileKind(Owner owner, long maxBytes, Set<ContentType> allowed) {
		this.owner = owner;
		this.maxBytes = maxBytes;
		this.allowed = allowed;
	}

	public Owner owner() {
		return this.owner;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	public Set<ContentType> allowed() {
		return this.allowed;
	}

}

package io.sellercenter.file;

import java.util.Arrays;

/** The types the portal accepts, recognised by their first bytes ("magic numbers"). */
public enum ContentType {

	PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }),
	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", new byte[] { 'P', 'K', 3, 4 });

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

	/** The type these bytes are, or null when they are none of ours. */
	public static ContentType sniff(byte[] head) {
		for (ContentType type : values()) {
			if (head.length >= type.magic.length && Arrays.equals(Arrays.copyOf(head, type.magic.length), type.magic)) {
				return type;
			}
		}
		return null;
	}

}

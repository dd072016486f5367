package io.sellercenter.file;

/**
 * An upload the portal refuses; the code names a message the page shows next to the
 * field.
 */
public class UploadRejected extends RuntimeException {

	private final String code;

	private final Object[] args;

	public UploadRejected(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = args;
	}

	/** Message key, e.g. {@code upload.tooLarge}. */
	public String code() {
		return this.code;
	}

	public Object[] args() {
		return this.args.clone();
	}

}

package io.sellercenter.asset;

/**
 * A request about an asset that the rules refuse and that changes nothing (no such image,
 * an image that is an asset already, a locked asset); the code names the message shown.
 */
public class AssetRejected extends RuntimeException {

	private final String code;

	public AssetRejected(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}

package io.sellercenter.user;

/** A sub-user or group change the rules refuse; the code names the message shown. */
public class SubUserRejected extends RuntimeException {

	private final String code;

	public SubUserRejected(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}

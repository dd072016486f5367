package io.sellercenter.merchant;

/**
 * A profile action the rules do not allow (wrong state, nothing changed, a rename without
 * a new licence). The code names the message the page shows; nothing has been changed.
 */
public class ProfileRejected extends RuntimeException {

	private final String code;

	public ProfileRejected(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}

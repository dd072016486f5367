package io.sellercenter.usage;

/** A key action the rules refuse; the code names the message shown. */
public class KeyRejected extends RuntimeException {

	public KeyRejected(String code) {
		super(code);
	}

	public String code() {
		return getMessage();
	}

}

package io.sellercenter.supervision;

/**
 * A merchant's or operator's step the task does not allow, or bad input; {@code code} is
 * the message key's last part ({@code supervision.error.<code>}). {@code notFound} is
 * answered 404.
 */
public class SupervisionRejected extends RuntimeException {

	private final String code;

	public SupervisionRejected(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public boolean notFound() {
		return "notFound".equals(this.code);
	}

}

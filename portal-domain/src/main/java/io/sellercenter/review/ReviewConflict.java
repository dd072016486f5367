package io.sellercenter.review;

/**
 * A request cannot be submitted or decided as asked: one of its kind is already open, or
 * it was decided by someone else first. The code names the message to show.
 */
public class ReviewConflict extends RuntimeException {

	private final String code;

	public ReviewConflict(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}

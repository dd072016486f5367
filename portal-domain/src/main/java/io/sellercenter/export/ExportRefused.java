package io.sellercenter.export;

/**
 * An export that was not started because as many as may run at once are running: the
 * merchant's own ({@link Why#MERCHANT_LIMIT}) or this portal's ({@link Why#PORTAL_BUSY}).
 * Nothing was written and nothing recorded.
 */
public class ExportRefused extends RuntimeException {

	/** Which limit was reached. */
	public enum Why {

		MERCHANT_LIMIT, PORTAL_BUSY

	}

	private final Why why;

	private final int limit;

	ExportRefused(Why why, int limit) {
		super(why + " (at most " + limit + " at once)");
		this.why = why;
		this.limit = limit;
	}

	public Why why() {
		return this.why;
	}

	/** How many exports may run at once under the limit that was reached. */
	public int limit() {
		return this.limit;
	}

}

package io.sellercenter.supervision;

/**
 * Where a supervision task stands. The customer's steps wait for the platform API; the
 * merchant's steps wait on the task's handler.
 */
public enum Step {

	AWAITING_REQUIREMENT(Side.CUSTOMER), CONFIRMING_REQUIREMENT(Side.MERCHANT), DELIVERING(Side.MERCHANT),
	AWAITING_ACCEPTANCE(Side.CUSTOMER), COMPLETED(Side.NONE), CLOSED(Side.NONE);

	/** Who has to act. */
	public enum Side {

		CUSTOMER, MERCHANT, NONE

	}

	private final Side side;

	Step(Side side) {
		this.side = side;
	}

	public Side side() {
		return this.side;
	}

	public boolean ended() {
		return this.side == Side.NONE;
	}

	/** The steps an operator may return an appealed task to. */
	public boolean returnable() {
		return !ended();
	}

}

package io.sellercenter.idp.merchant;

/**
 * How the demo server answers the calls signed with one key, so failures can be tried.
 */
enum Mode {

	/** Correct answers. */
	NORMAL,
	/** Every call answers resultCode 000005. */
	FAIL,
	/** HTTP 500 with an HTML page, as a crashed server behind a proxy would. */
	ERROR,
	/** Correct answers after the configured delay, longer than the portal waits. */
	SLOW,
	/**
	 * A new order line first answers 000004; the next create or query of that line
	 * answers with the instance.
	 */
	PROCESSING

}

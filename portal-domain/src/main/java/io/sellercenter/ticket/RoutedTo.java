package io.sellercenter.ticket;

/** Where a new ticket went, and why: stored with it and shown on its page. */
public enum RoutedTo {

	/** The product's primary handler (a sub-user with the SERVE grant marked primary). */
	PRIMARY_HANDLER,
	/** The main account: the product has no primary handler now. */
	MAIN_ACCOUNT

}

package io.sellercenter.ticket;

/**
 * An entry of a ticket's timeline. Those marked {@code toCustomer} are what the customer
 * sees of the merchant's side through the platform; the others stay in the merchant's
 * pages (who handled it, transfers).
 */
public enum EntryKind {

	/** The ticket arrived, with the customer's first message; detail: the routing. */
	OPENED(true), CUSTOMER_MESSAGE(true), ACCEPTED(true), MERCHANT_REPLY(true),
	/** detail: the {@link AccessKind} asked for. */
	INFO_REQUESTED(true), WAITING_FOR_CUSTOMER(true), TRANSFERRED(false),
	/** Handed to another user because a grant or a sub-user changed. */
	HANDED_OVER(false), RESOLVED(true), CUSTOMER_CONFIRMED(true), CUSTOMER_REFUSED(true), REOPENED(true),
	/** detail: the {@link AccessKind} given. */
	ACCESS_GRANTED(true),
	/** detail: the {@link AccessKind} withdrawn. */
	ACCESS_REVOKED(true), CUSTOMER_CANCELLED(true),
	/** What the customer shared was erased when the ticket ended. */
	SECRETS_ERASED(false), OVERDUE(false);

	private final boolean toCustomer;

	EntryKind(boolean toCustomer) {
		this.toCustomer = toCustomer;
	}

	public boolean toCustomer() {
		return this.toCustomer;
	}

	/** Written by the customer (through the platform). */
	public boolean fromCustomer() {
		return this == OPENED || this == CUSTOMER_MESSAGE || this == CUSTOMER_CONFIRMED || this == CUSTOMER_REFUSED
				|| this == ACCESS_GRANTED || this == ACCESS_REVOKED || this == CUSTOMER_CANCELLED;
	}

	/** A step of handling the ticket: its actor has handled it (我处理过). */
	public boolean handling() {
		return this == ACCEPTED || this == MERCHANT_REPLY || this == INFO_REQUESTED || this == WAITING_FOR_CUSTOMER
				|| this == TRANSFERRED || this == RESOLVED || this == REOPENED;
	}

}

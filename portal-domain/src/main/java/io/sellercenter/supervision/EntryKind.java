package io.sellercenter.supervision;

/** What an entry of a task's timeline records. */
public enum EntryKind {

	CREATED, REQUIREMENT_SUBMITTED, REQUIREMENT_CONFIRMED, REQUIREMENT_SENT_BACK, DELIVERED, ACCEPTED, REJECTED,
	APPEALED, APPEAL_DECIDED, HANDED_OVER, UNSUBSCRIBE_REQUESTED, UNSUBSCRIBE_APPROVED, UNSUBSCRIBE_REFUSED,
	ORDER_CANCELLED;

	/**
	 * Shown to the customer through the platform API (routing and appeals are internal).
	 */
	public boolean toCustomer() {
		return this != HANDED_OVER && this != APPEALED;
	}

}

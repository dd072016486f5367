package io.sellercenter.ticket;

/** What a ticket is about, as the customer chose it on the marketplace. */
public enum TicketCategory {

	PRODUCT_USE, FAULT, BILLING, CONSULTING, OTHER

}

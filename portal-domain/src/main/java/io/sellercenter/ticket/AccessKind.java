package io.sellercenter.ticket;

/**
 * What the merchant may ask the customer for: access to the customer's console, or
 * confidential information (a password, a configuration). What the customer gives is
 * stored sealed and erased when the ticket ends.
 */
public enum AccessKind {

	CONSOLE, CONFIDENTIAL

}

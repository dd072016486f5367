package io.sellercenter.order;

/**
 * Something that keeps an order PROCESSING whatever the platform says (a supervised
 * delivery the customer has not accepted): the platform's move to COMPLETED is refused
 * while one holds, and the holder completes the order itself ({@link OrderSettlement}).
 */
public interface CompletionHold {

	/** Why the order cannot complete now, or null when nothing holds it. */
	String holds(long orderRef);

}

package io.sellercenter.supervision;

/**
 * An operator's decision on an appeal: complete the task as accepted, return it to a
 * step, or close the order with a refund.
 */
public enum Decision {

	COMPLETE, RETURN, REFUND

}

package io.sellercenter.supervision;

/**
 * Why the merchant may appeal: the customer has not acted on their step for more than 5
 * days, or has rejected the delivery more than 3 times.
 */
public enum AppealGrounds {

	CUSTOMER_SILENT, REPEATED_REJECTIONS

}

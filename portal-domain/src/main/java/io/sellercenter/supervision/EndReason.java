package io.sellercenter.supervision;

/** Why a task ended. */
public enum EndReason {

	ACCEPTED, OPERATOR_COMPLETED, UNSUBSCRIBED, REFUNDED, ORDER_CANCELLED

}

package io.sellercenter.order;

/** Why the customer ordered: a new purchase, a trial, a renewal and so on. */
public enum OrderType {

	NEW, TRIAL, TRIAL_TO_FORMAL, UNSUBSCRIBE, RENEW, CHANGE

}

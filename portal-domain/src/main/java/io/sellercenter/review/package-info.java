/**
 * The operators' review of what merchants submit: requests with old and new values, a due
 * date three working days out, one open request of a kind per merchant, and a decision
 * that is taken once. Features that own what is reviewed (the merchant profile; later
 * products) implement {@link io.sellercenter.review.ReviewHandler} to apply or refuse it
 * in the decision's transaction.
 */
package io.sellercenter.review;

package io.sellercenter.order;

import io.sellercenter.shared.Page;

/**
 * A page of the order list. The total is counted only up to
 * {@link OrderService#COUNT_CAP} so that a count never reads a million rows:
 * {@code capped} says there are more.
 */
public record OrderPage(Page<Order> page, boolean capped) {

}

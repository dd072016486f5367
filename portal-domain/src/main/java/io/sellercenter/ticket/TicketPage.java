package io.sellercenter.ticket;

import io.sellercenter.shared.Page;

/**
 * A page of a ticket list, counted up to {@link TicketService#COUNT_CAP} as the order
 * list is: {@code capped} says there are more.
 */
public record TicketPage(Page<Ticket> page, boolean capped) {

}

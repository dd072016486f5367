package io.sellercenter.ticket;

import java.util.List;
import java.util.Set;

/**
 * A ticket's page: the ticket, its timeline, what the reader may do with it (nothing
 * unless they are its handler or the main account), and to whom it may be transferred.
 */
public record TicketDetails(Ticket ticket, List<TicketEntry> entries, Set<TicketAction> allowed,
		List<Handler> transferTo) {

	/** A user who may take the ticket over. */
	public record Handler(long id, String name, boolean mainAccount) {

		static Handler of(io.sellercenter.product.Handler user) {
			return new Handler(user.id(), user.name(), user.mainAccount());
		}

	}

	public boolean may(TicketAction action) {
		return this.allowed.contains(action);
	}

}

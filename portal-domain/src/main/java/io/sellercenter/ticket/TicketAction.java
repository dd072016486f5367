package io.sellercenter.ticket;

import java.util.EnumSet;
import java.util.Set;

import static io.sellercenter.ticket.TicketStatus.IN_PROGRESS;
import static io.sellercenter.ticket.TicketStatus.PAUSED;
import static io.sellercenter.ticket.TicketStatus.PENDING_ACCEPTANCE;
import static io.sellercenter.ticket.TicketStatus.PENDING_CONFIRMATION;
import static io.sellercenter.ticket.TicketStatus.WAITING_FOR_CUSTOMER;

/**
 * The merchant's steps, each with the statuses it may be taken in: the one place the
 * rules live, for the service that enforces them and the page that offers them. Nothing
 * is allowed on a completed or cancelled ticket.
 */
public enum TicketAction {

	ACCEPT(EnumSet.of(PENDING_ACCEPTANCE)), REPLY(EnumSet.of(IN_PROGRESS, PAUSED, WAITING_FOR_CUSTOMER)),
	/** Ask for console access or confidential information: the ticket pauses. */
	REQUEST_INFO(EnumSet.of(IN_PROGRESS, WAITING_FOR_CUSTOMER)), WAIT_FOR_CUSTOMER(EnumSet.of(IN_PROGRESS, PAUSED)),
	TRANSFER(EnumSet.of(PENDING_ACCEPTANCE, IN_PROGRESS, PENDING_CONFIRMATION, PAUSED, WAITING_FOR_CUSTOMER)),
	RESOLVE(EnumSet.of(IN_PROGRESS, PAUSED, WAITING_FOR_CUSTOMER)),
	/** Only after the customer refused the resolution. */
	REOPEN(EnumSet.of(PENDING_CONFIRMATION));

	private final Set<TicketStatus> from;

	TicketAction(Set<TicketStatus> from) {
		this.from = from;
	}

	public boolean allowedOn(Ticket ticket) {
		return this.from.contains(ticket.status()) && (this != REOPEN || ticket.refused());
	}

	public static Set<TicketAction> allowed(Ticket ticket) {
		Set<TicketAction> allowed = EnumSet.noneOf(TicketAction.class);
		for (TicketAction action : values()) {
			if (action.allowedOn(ticket)) {
				allowed.add(action);
			}
		}
		return allowed;
	}

}

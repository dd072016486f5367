package io.sellercenter.ticket;

import java.time.LocalDateTime;

/**
 * The response clock. The merchant owes the customer an answer from the moment the ticket
 * arrives or the customer writes again (when nothing was owed), due after the merchant's
 * first-response target in working time. Accepting, replying and resolving answer it.
 * Asking the customer for something or setting waiting-for-customer pauses it, keeping
 * the working minutes left; the customer's next step resumes it with those minutes.
 */
final class TicketClock {

	private TicketClock() {
	}

	/** A new answer is owed from {@code at}, with the whole target. */
	static void owe(TicketRow ticket, ServiceHours hours, LocalDateTime at) {
		ticket.owedSince = at;
		ticket.dueAt = hours.addWorkingMinutes(at, hours.firstResponseMinutes());
		ticket.pausedMinutesLeft = null;
		ticket.overdueNotified = false;
	}

	static void answered(TicketRow ticket) {
		ticket.owedSince = null;
		ticket.dueAt = null;
		ticket.pausedMinutesLeft = null;
	}

	/** Stops the clock if it runs, keeping what is left (none once overdue). */
	static void pause(TicketRow ticket, ServiceHours hours, LocalDateTime at) {
		if (ticket.dueAt != null) {
			ticket.pausedMinutesLeft = (int) hours.workingMinutesBetween(at, ticket.dueAt);
			ticket.dueAt = null;
		}
	}

	/**
	 * The customer acted: a paused clock runs again with what it had left; if nothing was
	 * owed, a new answer is; if the clock runs, it runs on.
	 */
	static void customerActed(TicketRow ticket, ServiceHours hours, LocalDateTime at) {
		if (ticket.pausedMinutesLeft != null) {
			ticket.dueAt = hours.addWorkingMinutes(at, ticket.pausedMinutesLeft);
			ticket.pausedMinutesLeft = null;
		}
		else if (ticket.owedSince == null) {
			owe(ticket, hours, at);
		}
	}

}

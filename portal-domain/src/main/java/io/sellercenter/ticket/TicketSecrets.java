package io.sellercenter.ticket;

import io.sellercenter.shared.SecretBox;

import org.springframework.stereotype.Component;

/**
 * What customers share in tickets, sealed with the server key as integration key secrets
 * are; the ticket and the kind are the associated data, so a sealed value cannot be moved
 * to another ticket or column.
 */
@Component
class TicketSecrets {

	private final SecretBox box;

	TicketSecrets(SecretBox box) {
		this.box = box;
	}

	void share(TicketRow ticket, AccessKind kind, String details) {
		String sealed = this.box.seal(context(ticket, kind), details);
		if (kind == AccessKind.CONSOLE) {
			ticket.consoleAccess = sealed;
		}
		else {
			ticket.confidentialInfo = sealed;
		}
	}

	void withdraw(TicketRow ticket, AccessKind kind) {
		if (kind == AccessKind.CONSOLE) {
			ticket.consoleAccess = null;
		}
		else {
			ticket.confidentialInfo = null;
		}
	}

	/** Erases both; true when there was something to erase. */
	boolean erase(TicketRow ticket) {
		boolean had = ticket.consoleAccess != null || ticket.confidentialInfo != null;
		ticket.consoleAccess = null;
		ticket.confidentialInfo = null;
		return had;
	}

	String read(TicketRow ticket, AccessKind kind) {
		String sealed = (kind == AccessKind.CONSOLE) ? ticket.consoleAccess : ticket.confidentialInfo;
		return (sealed != null) ? this.box.open(context(ticket, kind), sealed) : null;
	}

	private static String context(TicketRow ticket, AccessKind kind) {
		return "ticket:" + ticket.ticketId + ":" + kind.name();
	}

}

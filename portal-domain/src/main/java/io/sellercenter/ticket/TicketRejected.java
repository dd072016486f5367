package io.sellercenter.ticket;

/**
 * A merchant's step the ticket's rules refuse (not in a status that allows it, not the
 * handler, an empty reply). {@code code} is the message key's last part:
 * {@code ticket.error.<code>}.
 */
public class TicketRejected extends RuntimeException {

	private final String code;

	public TicketRejected(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}

package io.sellercenter.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * A ticket's status, stored and sent as the marketplace's code. The pages show each in
 * words ({@code ticket.status.<NAME>}).
 */
public enum TicketStatus {

	PENDING_ACCEPTANCE(0), IN_PROGRESS(1), PENDING_CONFIRMATION(2), COMPLETED(3), CANCELLED(4),
	/** Paused: waiting for the customer's console access or confidential information. */
	PAUSED(5), WAITING_FOR_CUSTOMER(17);

	/** The statuses of a ticket that has not ended. */
	public static final Set<TicketStatus> OPEN = EnumSet.of(PENDING_ACCEPTANCE, IN_PROGRESS, PENDING_CONFIRMATION,
			PAUSED, WAITING_FOR_CUSTOMER);

	private final int code;

	TicketStatus(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

	public boolean ended() {
		return this == COMPLETED || this == CANCELLED;
	}

	/** The status of a code, or null for a code that is none. */
	public static TicketStatus of(Integer code) {
		if (code == null) {
			return null;
		}
		for (TicketStatus status : values()) {
			if (status.code == code) {
				return status;
			}
		}
		return null;
	}

}

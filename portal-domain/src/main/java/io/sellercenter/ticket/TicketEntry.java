package io.sellercenter.ticket;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One step of a ticket's timeline. {@code actorUserId} is null for the customer and the
 * platform; {@code fromStatus}/{@code toStatus} are set when the status changed.
 */
public record TicketEntry(long id, EntryKind kind, Long actorUserId, String actorName, TicketStatus fromStatus,
		TicketStatus toStatus, String text, String cause, String solution, String detail, String toUserName,
		LocalDateTime createdAt, List<Attachment> attachments) {

	/** A file of an entry, downloadable by whoever may see the ticket. */
	public record Attachment(long fileId, String name, long sizeBytes) {

	}

	/** From the customer (through the platform). */
	public boolean fromCustomer() {
		return this.kind.fromCustomer();
	}

}

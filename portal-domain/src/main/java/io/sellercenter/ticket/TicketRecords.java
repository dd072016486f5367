package io.sellercenter.ticket;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.file.FileKind;
import io.sellercenter.file.FileService;
import io.sellercenter.file.StoredFile;
import io.sellercenter.file.Upload;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.ticket.TicketMapper.NewEntry;

import org.springframework.stereotype.Component;

/**
 * Writes what happened to a ticket: the row's new state and an entry of its timeline
 * (with its files), and who took part. Every change of a ticket goes through here, under
 * the row's lock, in the caller's transaction.
 */
@Component
class TicketRecords {

	private final TicketMapper tickets;

	private final FileService files;

	private final Clock clock;

	TicketRecords(TicketMapper tickets, FileService files, Clock clock) {
		this.tickets = tickets;
		this.files = files;
		this.clock = clock;
	}

	LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	/** A new entry of this ticket, to be filled and then {@link #write written}. */
	static NewEntry entry(TicketRow ticket, EntryKind kind, Long actorUserId, String actorName) {
		NewEntry entry = new NewEntry();
		entry.merchantId = ticket.merchantId;
		entry.ticketRef = ticket.id;
		entry.kind = kind.name();
		entry.actorUserId = actorUserId;
		entry.actorName = actorName;
		return entry;
	}

	/**
	 * Stores the ticket's state and the entry, its files checked and stored (nothing is
	 * written when one is refused: the caller's transaction rolls back).
	 */
	long write(TicketRow ticket, TicketStatus before, NewEntry entry, List<Upload> uploads) {
		LocalDateTime now = now();
		MerchantId merchant = new MerchantId(ticket.merchantId);
		if (before != ticket.status()) {
			entry.fromStatus = before.code();
			entry.toStatus = ticket.status;
		}
		entry.createdAt = (entry.createdAt != null) ? entry.createdAt : now;
		ticket.updatedAt = now;
		this.tickets.update(ticket);
		this.tickets.insertEntry(entry);
		for (Upload upload : uploads) {
			StoredFile file = this.files.store(merchant, FileKind.TICKET_ATTACHMENT, upload, entry.actorUserId);
			this.tickets.insertAttachment(merchant, ticket.id, entry.id, file.id());
		}
		if (entry.actorUserId != null && EntryKind.valueOf(entry.kind).handling()) {
			this.tickets.addParticipant(merchant, entry.actorUserId, ticket.id, ticket.createdAt);
		}
		return entry.id;
	}

	long write(TicketRow ticket, TicketStatus before, NewEntry entry) {
		return write(ticket, before, entry, List.of());
	}

}

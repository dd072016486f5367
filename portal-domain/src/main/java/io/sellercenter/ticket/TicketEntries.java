package io.sellercenter.ticket;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sellercenter.shared.MerchantId;
import io.sellercenter.ticket.TicketEntry.Attachment;
import io.sellercenter.ticket.TicketMapper.AttachmentRow;
import io.sellercenter.ticket.TicketMapper.EntryRow;

/** A ticket's timeline with its files: two statements, however long it is. */
final class TicketEntries {

	private TicketEntries() {
	}

	static List<TicketEntry> of(TicketMapper tickets, MerchantId merchant, long ticketRef) {
		Map<Long, List<Attachment>> files = new HashMap<>();
		for (AttachmentRow row : tickets.attachments(merchant, ticketRef)) {
			files.computeIfAbsent(row.entryRef(), (k) -> new ArrayList<>())
				.add(new Attachment(row.fileId(), row.fileName(), row.sizeBytes()));
		}
		return tickets.entries(merchant, ticketRef)
			.stream()
			.map((row) -> new TicketEntry(row.id(), EntryKind.valueOf(row.kind()), row.actorUserId(), row.actorName(),
					TicketStatus.of(row.fromStatus()), TicketStatus.of(row.toStatus()), row.text(), row.cause(),
					row.solution(), row.detail(), row.toUserName(), row.createdAt(),
					files.getOrDefault(row.id(), List.of())))
			.toList();
	}

}

package io.sellercenter.ticket;

import java.util.List;

import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the handler and the main account, once per answer owed, that a ticket is past its
 * due time. Safe on several instances at once: the flag is set by a conditional update,
 * and only the instance whose update changed the row notifies, in the same transaction.
 */
@Component
public class TicketOverdue {

	private final TicketMapper tickets;

	private final TicketRecords records;

	private final TicketNotices notices;

	TicketOverdue(TicketMapper tickets, TicketRecords records, TicketNotices notices) {
		this.tickets = tickets;
		this.records = records;
		this.notices = notices;
	}

	/**
	 * @return how many tickets were found overdue and told of
	 */
	@Transactional
	public int notifyOverdue(int limit) {
		List<Long> due = this.tickets.overdueToNotify(this.records.now(), limit);
		int told = 0;
		for (long id : due) {
			if (this.tickets.markOverdueNotified(id) == 1) {
				TicketRow ticket = this.tickets.findById(id).orElseThrow();
				MerchantId merchant = new MerchantId(ticket.merchantId);
				this.tickets.lock(merchant, id).ifPresent((row) -> {
					this.records.write(row, row.status(), TicketRecords.entry(row, EntryKind.OVERDUE, null, "portal"));
					this.notices.toHandlerAndMainAccount(row, NotificationEvent.TICKET_OVERDUE);
				});
				told++;
			}
		}
		return told;
	}

}

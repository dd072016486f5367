package io.sellercenter.ticket;

import java.time.LocalDateTime;

/**
 * A ticket as stored, read and changed by the services under the row's lock. Public
 * fields, as MyBatis fills them; the pages get {@link Ticket}.
 */
public class TicketRow {

	public Long id;

	public long merchantId;

	public String ticketId;

	public long productId;

	public String productNameZh;

	public String productNameEn;

	public String orderId;

	public String instanceId;

	public String customerId;

	public String customerName;

	public String customerAccountName;

	public String title;

	public String category;

	public int status;

	public long handlerUserId;

	public String handlerName;

	public boolean pending;

	public String routedTo;

	public long routedUserId;

	public String routedUserName;

	public LocalDateTime refusedAt;

	public LocalDateTime createdAt;

	public LocalDateTime receivedAt;

	public LocalDateTime acceptedAt;

	public LocalDateTime firstResponseAt;

	public LocalDateTime owedSince;

	public LocalDateTime dueAt;

	public Integer pausedMinutesLeft;

	public boolean overdueNotified;

	public String consoleAccess;

	public String confidentialInfo;

	public LocalDateTime endedAt;

	public LocalDateTime updatedAt;

	public TicketStatus status() {
		return TicketStatus.of(this.status);
	}

	void status(TicketStatus status) {
		this.status = status.code();
		// The next step is the handler's while the ticket is new or in progress, or the
		// customer refused the resolution; otherwise it is the customer's.
		this.pending = status == TicketStatus.PENDING_ACCEPTANCE || status == TicketStatus.IN_PROGRESS
				|| (status == TicketStatus.PENDING_CONFIRMATION && this.refusedAt != null);
	}

	Ticket toTicket(boolean mayReadSecrets) {
		return new Ticket(this.ticketId, this.productId, this.productNameZh, this.productNameEn, this.orderId,
				this.instanceId, this.customerId, this.customerName, this.customerAccountName, this.title,
				TicketCategory.valueOf(this.category), status(), this.handlerUserId, this.handlerName, this.pending,
				RoutedTo.valueOf(this.routedTo), this.routedUserName, this.refusedAt, this.createdAt, this.acceptedAt,
				this.firstResponseAt, this.owedSince, this.dueAt, this.pausedMinutesLeft, this.endedAt,
				this.consoleAccess != null, this.confidentialInfo != null, mayReadSecrets);
	}

}

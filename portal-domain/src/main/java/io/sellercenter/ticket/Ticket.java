package io.sellercenter.ticket;

import java.time.LocalDateTime;

/**
 * A ticket as the pages show it. {@code dueAt} is when the merchant's answer is due (null
 * while nothing is owed or the clock is paused, when {@code pausedMinutesLeft} says what
 * is left). The secrets themselves are never here: {@code hasConsoleAccess} and
 * {@code hasConfidentialInfo} say the customer shared them, and {@code mayReadSecrets}
 * whether this reader may open them.
 */
public record Ticket(String ticketId, long productId, String productNameZh, String productNameEn, String orderId,
		String instanceId, String customerId, String customerName, String customerAccountName, String title,
		TicketCategory category, TicketStatus status, long handlerUserId, String handlerName, boolean pending,
		RoutedTo routedTo, String routedUserName, LocalDateTime refusedAt, LocalDateTime createdAt,
		LocalDateTime acceptedAt, LocalDateTime firstResponseAt, LocalDateTime owedSince, LocalDateTime dueAt,
		Integer pausedMinutesLeft, LocalDateTime endedAt, boolean hasConsoleAccess, boolean hasConfidentialInfo,
		boolean mayReadSecrets) {

	/** The answer was due before {@code now} and has not been given. */
	public boolean overdue(LocalDateTime now) {
		return this.dueAt != null && this.dueAt.isBefore(now) && !this.status.ended();
	}

	public boolean clockPaused() {
		return this.pausedMinutesLeft != null && this.dueAt == null;
	}

	public boolean refused() {
		return this.refusedAt != null && this.status == TicketStatus.PENDING_CONFIRMATION;
	}

}

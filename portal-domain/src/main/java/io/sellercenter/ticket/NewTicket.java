package io.sellercenter.ticket;

import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.file.Upload;

/**
 * A ticket the customer opened on the marketplace, as the platform sends it (checked).
 */
public record NewTicket(String ticketId, String merchant, long productId, String orderId, String instanceId,
		String customerId, String customerName, String customerAccountName, String title, TicketCategory category,
		String message, List<Upload> attachments, LocalDateTime createdAt) {

}

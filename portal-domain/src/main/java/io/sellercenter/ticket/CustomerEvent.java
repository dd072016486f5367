package io.sellercenter.ticket;

import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.file.Upload;

/**
 * What the customer did on the marketplace about a ticket, as the platform tells it.
 * {@code message} and {@code attachments} come with a message or a refusal;
 * {@code access} and {@code details} with access granted ({@code details}: what the
 * customer shares) or revoked.
 */
public record CustomerEvent(Type type, String message, List<Upload> attachments, AccessKind access, String details,
		LocalDateTime at) {

	public enum Type {

		CUSTOMER_MESSAGE, CUSTOMER_CONFIRMED, CUSTOMER_REFUSED, ACCESS_GRANTED, ACCESS_REVOKED, CUSTOMER_CANCELLED

	}

}

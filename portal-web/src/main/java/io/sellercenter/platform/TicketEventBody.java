package io.sellercenter.platform;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.sellercenter.order.Violation;
import io.sellercenter.ticket.AccessKind;
import io.sellercenter.ticket.CustomerEvent;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /tickets/{ticket_id}/events}: what the customer did. Which of the other
 * fields an event needs depends on its type ({@link #needs}).
 */
record TicketEventBody(@Sent.Required @Sent.OneOf(CustomerEvent.Type.class) JsonNode type,
		@Sent.LongText(max = TicketBody.MAX_MESSAGE) JsonNode message,
		@Sent.Items(min = 0,
				max = TicketBody.MAX_ATTACHMENTS) List<@NotNull(
						message = "must be an object") @Valid AttachmentBody> attachments,
		@Valid Access access, @Sent.Time JsonNode occurredAt) {

	TicketEventBody {
		attachments = (attachments != null) ? attachments : List.of();
	}

	record Access(@Sent.Required @Sent.OneOf(AccessKind.class) JsonNode kind,
			@Sent.LongText(max = 2000) JsonNode details) {

	}

	CustomerEvent.Type eventType() {
		return Sent.choice(this.type, CustomerEvent.Type.class);
	}

	/** The fields this event's type needs or refuses, as violations. */
	void needs(List<Violation> violations) {
		CustomerEvent.Type type = eventType();
		if (type == null) {
			return;
		}
		boolean message = type == CustomerEvent.Type.CUSTOMER_MESSAGE || type == CustomerEvent.Type.CUSTOMER_REFUSED;
		if (message && Sent.longText(this.message) == null) {
			violations.add(new Violation("message", "is required for " + type));
		}
		if (type != CustomerEvent.Type.CUSTOMER_MESSAGE && !this.attachments.isEmpty()) {
			violations.add(new Violation("attachments", "come only with CUSTOMER_MESSAGE"));
		}
		boolean access = type == CustomerEvent.Type.ACCESS_GRANTED || type == CustomerEvent.Type.ACCESS_REVOKED;
		if (access && this.access == null) {
			violations.add(new Violation("access", "is required for " + type));
		}
		if (!access && this.access != null) {
			violations.add(new Violation("access", "comes only with ACCESS_GRANTED or ACCESS_REVOKED"));
		}
		if (type == CustomerEvent.Type.ACCESS_GRANTED && this.access != null
				&& Sent.longText(this.access.details()) == null) {
			violations.add(new Violation("access.details", "is required for " + type));
		}
	}

	CustomerEvent toEvent() {
		return new CustomerEvent(eventType(), Sent.longText(this.message), AttachmentBody.uploads(this.attachments),
				(this.access != null) ? Sent.choice(this.access.kind(), AccessKind.class) : null,
				(this.access != null) ? Sent.longText(this.access.details()) : null, Sent.time(this.occurredAt));
	}

}

package io.sellercenter.platform;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.sellercenter.ticket.NewTicket;
import io.sellercenter.ticket.TicketCategory;
import tools.jackson.databind.JsonNode;

/** {@code POST /tickets}: a ticket the customer opened, as sent. */
record TicketBody(@Sent.Required @Sent.Id JsonNode ticketId, @Sent.Required @Sent.Id JsonNode merchant,
		@Sent.Required @Sent.WholeNumber JsonNode productId, @Sent.Id JsonNode orderId, @Sent.Id JsonNode instanceId,
		@Sent.Required @Valid OrderBody.Customer customer, @Sent.Required @Sent.Text(max = 200) JsonNode title,
		@Sent.Required @Sent.OneOf(TicketCategory.class) JsonNode category,
		@Sent.Required @Sent.LongText(max = TicketBody.MAX_MESSAGE) JsonNode message,
		@Sent.Items(min = 0,
				max = TicketBody.MAX_ATTACHMENTS) List<@NotNull(
						message = "must be an object") @Valid AttachmentBody> attachments,
		@Sent.Required @Sent.Time JsonNode createdAt) {

	static final int MAX_MESSAGE = 5000;

	/**
	 * Files ride inline, base64, within the platform API's 1 MiB body: five of 128 KiB
	 * (screenshots, a log as PDF) fit with room to spare.
	 */
	static final int MAX_ATTACHMENTS = 5;

	TicketBody {
		attachments = (attachments != null) ? attachments : List.of();
	}

	NewTicket toNewTicket() {
		return new NewTicket(Sent.string(this.ticketId), Sent.string(this.merchant), Sent.number(this.productId),
				Sent.string(this.orderId), Sent.string(this.instanceId), Sent.string(this.customer.id()),
				Sent.text(this.customer.name()), Sent.text(this.customer.accountName()), Sent.text(this.title),
				Sent.choice(this.category, TicketCategory.class), Sent.longText(this.message),
				AttachmentBody.uploads(this.attachments), Sent.time(this.createdAt));
	}

}

package io.sellercenter.platform;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.sellercenter.order.Violation;
import io.sellercenter.shared.TextRules;
import io.sellercenter.supervision.CustomerStep;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /supervision/{task_id}/events}: what the customer did about a supervised
 * delivery. A requirement needs its text, the company's full name (the acceptance
 * document must name it) and a contact reachable by phone or email; a rejection and an
 * unsubscribe request need their reason; an acceptance may say something. Which fields a
 * type needs is checked in {@link #needs}, so every missing one gets its own message.
 */
record SupervisionEventBody(@Sent.Required @Sent.OneOf(CustomerStep.Type.class) JsonNode type,
		@Sent.LongText(max = SupervisionEventBody.MAX_TEXT) JsonNode text, @Sent.Text(max = 200) JsonNode companyName,
		@Valid Contact contact,
		@Sent.Items(min = 0,
				max = TicketBody.MAX_ATTACHMENTS) List<@NotNull(
						message = "must be an object") @Valid AttachmentBody> attachments,
		@Sent.Time JsonNode occurredAt) {

	static final int MAX_TEXT = 5000;

	/**
	 * A reason (of a rejection, of an unsubscribe request) is shorter than a requirement.
	 */
	static final int MAX_REASON = 2000;

	SupervisionEventBody {
		attachments = (attachments != null) ? attachments : List.of();
	}

	record Contact(@Sent.Text(max = 100) JsonNode name, @Sent.Text(max = 40) JsonNode phone,
			@Sent.Text(max = 200) JsonNode email) {

	}

	CustomerStep.Type stepType() {
		return Sent.choice(this.type, CustomerStep.Type.class);
	}

	/** The fields this event's type needs or refuses, as violations. */
	void needs(List<Violation> violations) {
		CustomerStep.Type type = stepType();
		if (type == null) {
			return;
		}
		String text = Sent.longText(this.text);
		boolean requirement = type == CustomerStep.Type.REQUIREMENT_SUBMITTED;
		if (text == null && type != CustomerStep.Type.DELIVERY_ACCEPTED) {
			violations.add(new Violation("text", "is required for " + type));
		}
		if (!requirement && text != null && text.length() > MAX_REASON) {
			violations.add(new Violation("text", "must be at most " + MAX_REASON + " characters"));
		}
		if (!requirement) {
			if (!this.attachments.isEmpty()) {
				violations.add(new Violation("attachments", "come only with REQUIREMENT_SUBMITTED"));
			}
			return;
		}
		if (Sent.text(this.companyName) == null || Sent.text(this.companyName).isEmpty()) {
			violations.add(new Violation("company_name", "is required for " + type));
		}
		if (this.contact == null) {
			violations.add(new Violation("contact", "is required for " + type));
			return;
		}
		if (empty(this.contact.name())) {
			violations.add(new Violation("contact.name", "is required for " + type));
		}
		if (empty(this.contact.phone()) && empty(this.contact.email())) {
			violations.add(new Violation("contact", "needs a phone or an email"));
		}
		String email = Sent.text(this.contact.email());
		if (email != null && !email.isEmpty() && email.length() <= 200 && !TextRules.isEmail(email)) {
			violations.add(new Violation("contact.email", "must be an email address"));
		}
	}

	private static boolean empty(JsonNode node) {
		String text = Sent.text(node);
		return text == null || text.isEmpty();
	}

	CustomerStep toStep() {
		boolean requirement = stepType() == CustomerStep.Type.REQUIREMENT_SUBMITTED;
		Contact contact = (requirement && this.contact != null) ? this.contact : new Contact(null, null, null);
		return new CustomerStep(stepType(), Sent.longText(this.text), requirement ? Sent.text(this.companyName) : null,
				blankless(contact.name()), blankless(contact.phone()), blankless(contact.email()),
				this.attachments.stream().map(AttachmentBody::toUpload).toList());
	}

	private static String blankless(JsonNode node) {
		return empty(node) ? null : Sent.text(node);
	}

}

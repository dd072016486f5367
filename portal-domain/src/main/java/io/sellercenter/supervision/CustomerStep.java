package io.sellercenter.supervision;

import java.util.List;

import io.sellercenter.file.Upload;

/**
 * What the customer did on the marketplace about a supervised delivery, as the platform
 * tells it. A requirement comes with its text, the customer's full company name, a
 * contact and attachments; a rejection and an unsubscribe request with a reason.
 */
public record CustomerStep(Type type, String text, String companyName, String contactName, String contactPhone,
		String contactEmail, List<Upload> attachments) {

	public CustomerStep {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	public enum Type {

		REQUIREMENT_SUBMITTED, DELIVERY_ACCEPTED, DELIVERY_REJECTED, UNSUBSCRIBE_REQUESTED

	}

}

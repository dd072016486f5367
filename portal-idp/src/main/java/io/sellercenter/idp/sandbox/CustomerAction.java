package io.sellercenter.idp.sandbox;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What the customer can do on an open ticket, each one a platform event. The page offers
 * all of them in every state, so that the portal's 409 for a wrong state can be seen too.
 */
enum CustomerAction {

	MESSAGE("message", "CUSTOMER_MESSAGE", null, "Send message", "Message sent."),
	CONFIRM("confirm", "CUSTOMER_CONFIRMED", null, "Confirm resolved", "You confirmed the ticket is resolved."),
	REFUSE("refuse", "CUSTOMER_REFUSED", null, "Refuse the resolution", "You refused the resolution."),
	GRANT_CONSOLE("grant-console", "ACCESS_GRANTED", "CONSOLE", "Grant console access", "Console access granted."),
	GRANT_CONFIDENTIAL("grant-confidential", "ACCESS_GRANTED", "CONFIDENTIAL", "Share confidential information",
			"Confidential information shared."),
	REVOKE_CONSOLE("revoke-console", "ACCESS_REVOKED", "CONSOLE", "Revoke console access", "Console access revoked."),
	REVOKE_CONFIDENTIAL("revoke-confidential", "ACCESS_REVOKED", "CONFIDENTIAL", "Revoke confidential information",
			"Confidential information revoked."),
	CANCEL("cancel", "CUSTOMER_CANCELLED", null, "Cancel the ticket", "You cancelled the ticket.");

	private final String param;

	private final String eventType;

	private final @Nullable String accessKind;

	private final String label;

	private final String done;

	CustomerAction(String param, String eventType, @Nullable String accessKind, String label, String done) {
		this.param = param;
		this.eventType = eventType;
		this.accessKind = accessKind;
		this.label = label;
		this.done = done;
	}

	static Optional<CustomerAction> of(String param) {
		return Arrays.stream(values()).filter((action) -> action.param.equals(param)).findFirst();
	}

	String param() {
		return this.param;
	}

	String eventType() {
		return this.eventType;
	}

	@Nullable String accessKind() {
		return this.accessKind;
	}

	String label() {
		return this.label;
	}

	String done() {
		return this.done;
	}

	boolean needsMessage() {
		return this == MESSAGE || this == REFUSE;
	}

	boolean takesAttachments() {
		return this == MESSAGE;
	}

	boolean needsDetails() {
		return "ACCESS_GRANTED".equals(this.eventType);
	}

}

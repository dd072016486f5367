package io.sellercenter.notification;

import java.util.Arrays;
import java.util.List;

/**
 * What happened. Texts are {@code notification.<EVENT>.title} and {@code .body} in the
 * message bundles; the arguments each body uses are named beside the constant. A product
 * is named in both languages: {@code product} in Chinese and {@code productEn}, and each
 * reader sees the name in theirs.
 */
public enum NotificationEvent {

	/** {merchant} */
	ONBOARDING_APPROVED(true),
	/** {merchant}, {reason} */
	ONBOARDING_REJECTED(true),
	/** {merchant} */
	PROFILE_CHANGE_APPROVED(true),
	/** {merchant}, {reason} */
	PROFILE_CHANGE_REJECTED(true),
	/** {merchant} */
	COMPLIANCE_LETTER_APPROVED(true),
	/** {merchant}, {reason} */
	COMPLIANCE_LETTER_REJECTED(true),
	/** {product} */
	PRODUCT_APPROVED(true),
	/** {product}, {reason} */
	PRODUCT_REJECTED(true),
	/** {product} */
	DELISTING_APPROVED(true),
	/** {product}, {reason} */
	DELISTING_REJECTED(true),
	/** A new ticket, or one handed over, for me: {ticket}, {title}, {product} */
	TICKET_ASSIGNED(true),
	/** {ticket}, {title}, {product} */
	TICKET_CUSTOMER_REPLIED(true),
	/**
	 * To the handler and the main account, once per answer owed: {ticket}, {title},
	 * {product}
	 */
	TICKET_OVERDUE(true),
	/** {ticket}, {title}, {product}, {from}, {reason} */
	TICKET_TRANSFERRED(true),
	/** {ticket}, {title}, {product}, {reason} */
	TICKET_RESOLUTION_REFUSED(true),
	/** A supervision task for me (new or handed over): {task}, {order}, {product} */
	SUPERVISION_ASSIGNED(true),
	/** The customer submitted the requirement: {task}, {order}, {product} */
	SUPERVISION_REQUIREMENT_SUBMITTED(true),
	/** The customer accepted the delivery: {task}, {order}, {product} */
	SUPERVISION_ACCEPTED(true),
	/** The customer rejected the delivery: {task}, {order}, {product}, {reason} */
	SUPERVISION_REJECTED(true),
	/** To the handler, once per step: {task}, {order}, {product} */
	SUPERVISION_OVERDUE(true),
	/**
	 * Weekly, for a task not accepted 180 days after payment: {task}, {order}, {product}
	 */
	SUPERVISION_REMINDER(true),
	/** An operator decided the appeal: {task}, {order}, {product}, {decision} */
	SUPERVISION_APPEAL_DECIDED(true),
	/** The customer asks to unsubscribe: {task}, {order}, {product}, {reason} */
	SUPERVISION_UNSUBSCRIBE_REQUESTED(true),
	/**
	 * A call to the production interface failed after its retries (a SaaS order line not
	 * provisioned, say): {order}, {line}, {product}
	 */
	SAAS_CALL_FAILED(true),
	/** A dial test of a saved debug case failed: {case}, {product} */
	SAAS_DIAL_FAILED(true),
	/** To operators: a merchant appealed a supervision task: {merchant}, {task} */
	SUPERVISION_APPEAL_SUBMITTED(false),
	/**
	 * To operators: {merchant}, {kind} (ONBOARDING, PROFILE_CHANGE, COMPLIANCE_LETTER).
	 */
	REVIEW_ITEM_SUBMITTED(false);

	private final boolean toMerchant;

	NotificationEvent(boolean toMerchant) {
		this.toMerchant = toMerchant;
	}

	/** The events a merchant receives, and so chooses channels for. */
	public static List<NotificationEvent> merchantEvents() {
		return Arrays.stream(values()).filter((event) -> event.toMerchant).toList();
	}

}

package io.sellercenter.merchant;

import java.util.Map;

import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.notification.Notifications;
import io.sellercenter.notification.Recipient;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.review.ReviewRequest;

import org.springframework.stereotype.Component;

/**
 * Tells the merchant how a review ended: in-site to the user who submitted it, and by
 * e-mail and SMS to the contact on file (for onboarding, the contact the application
 * gave).
 */
@Component
class ProfileNotices {

	private final Notifications notifications;

	private final ProfileMapper profiles;

	ProfileNotices(Notifications notifications, ProfileMapper profiles) {
		this.notifications = notifications;
		this.profiles = profiles;
	}

	void decided(ReviewRequest request, boolean approved) {
		String phone = request.newValues().get("contactPhone");
		String email = request.newValues().get("contactEmail");
		MerchantProfile profile = this.profiles.find(request.merchant()).orElse(null);
		if (profile != null && request.kind() != ReviewKind.ONBOARDING) {
			phone = profile.contactPhone();
			email = profile.contactEmail();
		}
		String reason = (request.reason() != null) ? request.reason() : "";
		this.notifications.notifyMerchant(request.merchant(), event(request.kind(), approved),
				new Recipient(request.submittedBy(), email, phone),
				Map.of("merchant", request.merchantName(), "reason", reason), link(request.kind(), approved));
	}

	/**
	 * Where the merchant reads about the request: a rejected onboarding is its form
	 * again, with the reason; the other requests are cards of the profile page.
	 */
	private static String link(ReviewKind kind, boolean approved) {
		return switch (kind) {
			case ONBOARDING -> approved ? "/merchant/profile" : "/merchant/onboarding";
			case PROFILE_CHANGE -> "/merchant/profile#change-request";
			case COMPLIANCE_LETTER -> "/merchant/profile#compliance";
			default -> throw new IllegalArgumentException("not a profile review: " + kind);
		};
	}

	private static NotificationEvent event(ReviewKind kind, boolean approved) {
		return switch (kind) {
			case ONBOARDING -> approved ? NotificationEvent.ONBOARDING_APPROVED : NotificationEvent.ONBOARDING_REJECTED;
			case PROFILE_CHANGE ->
				approved ? NotificationEvent.PROFILE_CHANGE_APPROVED : NotificationEvent.PROFILE_CHANGE_REJECTED;
			case COMPLIANCE_LETTER ->
				approved ? NotificationEvent.COMPLIANCE_LETTER_APPROVED : NotificationEvent.COMPLIANCE_LETTER_REJECTED;
			default -> throw new IllegalArgumentException("not a profile review: " + kind);
		};
	}

}

package io.sellercenter.merchant;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sellercenter.review.ReviewHandler;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.review.ReviewRequest;
import io.sellercenter.shared.MerchantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies the operators' decisions on onboarding, profile changes and compliance letters.
 */
@Component
class MerchantReviewHandler implements ReviewHandler {

	private final ProfileMapper profiles;

	private final ProfileNotices notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MerchantReviewHandler(ProfileMapper profiles, ProfileNotices notices, ApplicationEventPublisher events,
			Clock clock) {
		this.profiles = profiles;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Set<ReviewKind> kinds() {
		return Set.of(ReviewKind.ONBOARDING, ReviewKind.PROFILE_CHANGE, ReviewKind.COMPLIANCE_LETTER);
	}

	@Override
	public List<String> fields(ReviewKind kind) {
		return (kind == ReviewKind.COMPLIANCE_LETTER) ? List.of("complianceLetter") : ProfileDetails.FIELDS;
	}

	@Override
	public void approved(ReviewRequest request) {
		MerchantId merchant = request.merchant();
		Map<String, String> values = request.newValues();
		switch (request.kind()) {
			case ONBOARDING, PROFILE_CHANGE -> {
				ProfileDetails details = keepCurrentContacts(merchant, ProfileDetails.fromMap(values));
				this.profiles.upsert(merchant, details, Long.parseLong(values.get("licence")), now());
				this.profiles.updateCertification(merchant, Certification.CERTIFIED, details.companyName(), now());
				if (!details.companyName().equals(request.merchantName())) {
					this.events.publishEvent(new MerchantRenamed(merchant, details.companyName()));
				}
			}
			case COMPLIANCE_LETTER -> this.profiles.updateCompliance(merchant, ComplianceStatus.APPROVED,
					Long.valueOf(values.get("complianceLetter")), now());
			default -> throw new IllegalArgumentException("not a profile review: " + request.kind());
		}
		this.notices.decided(request, true);
	}

	@Override
	public void rejected(ReviewRequest request) {
		switch (request.kind()) {
			case ONBOARDING ->
				this.profiles.updateCertification(request.merchant(), Certification.REJECTED, null, now());
			case PROFILE_CHANGE -> {
				// The certified profile stays as it is.
			}
			case COMPLIANCE_LETTER ->
				this.profiles.updateCompliance(request.merchant(), ComplianceStatus.REJECTED, null, now());
			default -> throw new IllegalArgumentException("not a profile review: " + request.kind());
		}
		this.notices.decided(request, false);
	}

	/**
	 * Contacts change at once, outside review: a change approved later must not put back
	 * the contacts as they were when it was submitted.
	 */
	private ProfileDetails keepCurrentContacts(MerchantId merchant, ProfileDetails approved) {
		return this.profiles.find(merchant)
			.map((current) -> new ProfileDetails(approved.companyName(), approved.registrationNumber(),
					approved.address(), approved.contactPerson(), current.contactPhone(), current.contactEmail(),
					new FinanceContact(current.financeName(), current.financePhone(), current.financeEmail()),
					approved.taxNumber(), approved.taxType()))
			.orElse(approved);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}

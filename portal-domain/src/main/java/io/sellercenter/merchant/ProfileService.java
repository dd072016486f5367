package io.sellercenter.merchant;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.sellercenter.shared.Actor;
import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.file.FileKind;
import io.sellercenter.file.FileService;
import io.sellercenter.file.StoredFile;
import io.sellercenter.file.Upload;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.review.ReviewRequest;
import io.sellercenter.review.ReviewService;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchant's side of its profile: onboarding, contact changes that apply at once,
 * change requests and the compliance letter, each of the last three reviewed by an
 * operator.
 */
@Service
public class ProfileService {

	private final MerchantService merchants;

	private final ProfileMapper profiles;

	private final FileService files;

	private final ReviewService reviews;

	private final AuditLog audit;

	private final Clock clock;

	ProfileService(MerchantService merchants, ProfileMapper profiles, FileService files, ReviewService reviews,
			AuditLog audit, Clock clock) {
		this.merchants = merchants;
		this.profiles = profiles;
		this.files = files;
		this.reviews = reviews;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<MerchantProfile> profile(MerchantId merchant) {
		return this.profiles.find(merchant);
	}

	/**
	 * Everything the profile page shows: the merchant, its certified profile if any, the
	 * open requests and the latest decisions.
	 */
	public ProfileOverview overview(MerchantId merchant) {
		Merchant m = this.merchants.find(merchant).orElseThrow();
		return new ProfileOverview(m, this.profiles.find(merchant).orElse(null),
				this.reviews.latest(merchant, ReviewKind.ONBOARDING).orElse(null),
				this.reviews.latest(merchant, ReviewKind.PROFILE_CHANGE).orElse(null),
				this.reviews.latest(merchant, ReviewKind.COMPLIANCE_LETTER).orElse(null));
	}

	/**
	 * Onboarding (入驻): the company's details and business licence go to the operators'
	 * queue.
	 */
	@Transactional
	public ReviewRequest submitOnboarding(MerchantId merchant, ProfileDetails details, Upload licence, Actor actor) {
		Merchant m = this.merchants.find(merchant).orElseThrow();
		if (m.certification() != Certification.NOT_SUBMITTED && m.certification() != Certification.REJECTED) {
			throw new ProfileRejected("profile.onboarding.notAllowed");
		}
		ProfileRules.check(details);
		StoredFile file = this.files.store(merchant, FileKind.BUSINESS_LICENCE, licence, actor.userId());
		ReviewRequest request = this.reviews.submit(merchant, ReviewKind.ONBOARDING, Map.of(), details.toMap(file.id()),
				actor);
		this.profiles.updateCertification(merchant, Certification.PENDING, null, now());
		return request;
	}

	/** Contact phone, contact e-mail and the finance contact change at once, audited. */
	@Transactional
	public void updateContacts(MerchantId merchant, String phone, String email, FinanceContact finance, Actor actor) {
		MerchantProfile before = certifiedProfile(merchant);
		ProfileRules.checkContacts(phone, email, finance);
		this.profiles.updateContacts(merchant, phone, email, finance, now());
		this.audit.record(actor, AuditAction.PROFILE_CONTACTS_UPDATED, AuditTarget.PROFILE, merchant.toString(),
				contacts(before.contactPhone(), before.contactEmail(), before.financeName(), before.financePhone(),
						before.financeEmail()),
				contacts(phone, email, finance.name(), finance.phone(), finance.email()));
	}

	/**
	 * Any other change is a request an operator reviews; at most one is open at a time,
	 * and a new company name needs a new business licence.
	 */
	@Transactional
	public ReviewRequest requestChange(MerchantId merchant, ProfileDetails wanted, Upload newLicence, Actor actor) {
		MerchantProfile current = certifiedProfile(merchant);
		// Immediate fields are not part of a change request: they keep their current
		// values here.
		ProfileDetails details = new ProfileDetails(wanted.companyName(), wanted.registrationNumber(), wanted.address(),
				wanted.contactPerson(), current.contactPhone(), current.contactEmail(),
				new FinanceContact(current.financeName(), current.financePhone(), current.financeEmail()),
				wanted.taxNumber(), wanted.taxType());
		ProfileRules.check(details);
		boolean hasLicence = newLicence != null && !newLicence.isEmpty();
		boolean renamed = !current.companyName().equals(details.companyName());
		if (renamed && !hasLicence) {
			throw new ProfileRejected("profile.renameNeedsLicence");
		}
		Map<String, String> oldValues = current.details().toMap(current.licenceFileId());
		Map<String, String> newValues = details.toMap(current.licenceFileId());
		if (oldValues.equals(newValues) && !hasLicence) {
			throw new ProfileRejected("profile.noChange");
		}
		if (this.reviews.open(merchant, ReviewKind.PROFILE_CHANGE).isPresent()) {
			throw new ProfileRejected("profile.changeOpen");
		}
		if (hasLicence) {
			newValues.put("licence", String
				.valueOf(this.files.store(merchant, FileKind.BUSINESS_LICENCE, newLicence, actor.userId()).id()));
		}
		return this.reviews.submit(merchant, ReviewKind.PROFILE_CHANGE, oldValues, newValues, actor);
	}

	/** The data-compliance commitment letter, reviewed like a change. */
	@Transactional
	public ReviewRequest submitComplianceLetter(MerchantId merchant, Upload letter, Actor actor) {
		MerchantProfile current = certifiedProfile(merchant);
		if (current.complianceStatus() == ComplianceStatus.PENDING) {
			throw new ProfileRejected("profile.complianceOpen");
		}
		StoredFile file = this.files.store(merchant, FileKind.COMPLIANCE_LETTER, letter, actor.userId());
		Map<String, String> oldValues = new LinkedHashMap<>();
		oldValues.put("complianceLetter",
				(current.complianceFileId() != null) ? current.complianceFileId().toString() : null);
		ReviewRequest request = this.reviews.submit(merchant, ReviewKind.COMPLIANCE_LETTER, oldValues,
				Map.of("complianceLetter", String.valueOf(file.id())), actor);
		this.profiles.updateCompliance(merchant, ComplianceStatus.PENDING, null, now());
		return request;
	}

	private MerchantProfile certifiedProfile(MerchantId merchant) {
		Merchant m = this.merchants.find(merchant).orElseThrow();
		if (m.certification() != Certification.CERTIFIED) {
			throw new ProfileRejected("profile.notCertified");
		}
		return this.profiles.find(merchant).orElseThrow(() -> new ProfileRejected("profile.notCertified"));
	}

	/** The contacts as the audit log keeps them, by the profile's field names. */
	private static Map<String, String> contacts(String phone, String email, String financeName, String financePhone,
			String financeEmail) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("contactPhone", phone);
		fields.put("contactEmail", email);
		fields.put("financeName", financeName);
		fields.put("financePhone", financePhone);
		fields.put("financeEmail", financeEmail);
		return fields;
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}

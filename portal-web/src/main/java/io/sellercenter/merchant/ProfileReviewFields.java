package io.sellercenter.merchant;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.sellercenter.review.ReviewFields;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.review.ReviewRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Onboarding, profile changes and compliance letters on the operators' pages: the
 * taxpayer type in words, the licence and the letter as files; a change is named by the
 * fields it touches.
 */
@Component
class ProfileReviewFields implements ReviewFields {

	private final MessageSource messages;

	ProfileReviewFields(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Set<ReviewKind> kinds() {
		return Set.of(ReviewKind.ONBOARDING, ReviewKind.PROFILE_CHANGE, ReviewKind.COMPLIANCE_LETTER);
	}

	@Override
	public boolean isFile(String field) {
		return "licence".equals(field) || "complianceLetter".equals(field);
	}

	@Override
	public String text(ReviewRequest request, String field, String value, Locale locale) {
		return "taxType".equals(field) ? this.messages.getMessage("taxType." + value, null, value, locale) : null;
	}

	@Override
	public String subject(ReviewRequest request, Locale locale) {
		// Onboarding and a letter are what their kind says; the merchant's column names
		// the
		// company.
		if (request.kind() != ReviewKind.PROFILE_CHANGE) {
			return null;
		}
		return request.changedFields()
			.stream()
			.map((field) -> this.messages.getMessage("field." + field, null, field, locale))
			.collect(Collectors.joining(this.messages.getMessage("reviews.listSeparator", null, ", ", locale)));
	}

}

package io.sellercenter.product;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * Granting a product to a sub-user, on the product's page. The expiry is the last day the
 * grant works, in the main account's own time zone; none means until revoked.
 */
record GrantForm(@NotNull(message = "{grant.chooseUser}") Long userId,
		@NotNull(message = "{validation.choice}") GrantRole role, Boolean primary,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

	/** The field each of the service's refusals is about. */
	private static final Map<String, String> FIELDS = Map.of("grant.noSuchUser", "userId", "grant.exists", "userId",
			"grant.primaryNeedsServe", "primary", "grant.primaryTaken", "primary", "grant.expiryPast", "expiresOn");

	static GrantForm empty() {
		return new GrantForm(null, GrantRole.VIEW, false, null);
	}

	boolean primaryHandler() {
		return Boolean.TRUE.equals(this.primary);
	}

	/** A day before today would store a grant that has already ended. */
	void checkExpiry(Errors errors, LocalDate today) {
		if (this.expiresOn != null && this.expiresOn.isBefore(today)) {
			errors.rejectValue("expiresOn", "grant.expiryPast");
		}
	}

	/** A refusal of the service, next to the field it is about. */
	static void reject(Errors errors, ProductRejected refusal) {
		errors.rejectValue(FIELDS.getOrDefault(refusal.code(), "userId"), refusal.code());
	}

}

package io.sellercenter.merchant;

import io.sellercenter.shared.TextRules;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The contact fields that change at once after certification. */
record ContactForm(@NotBlank @Pattern(regexp = PHONE, message = "{validation.phone}") String contactPhone,
		@NotBlank @Email @Size(max = 254) String contactEmail, @NotBlank @Size(max = 100) String financeName,
		@NotBlank @Pattern(regexp = PHONE, message = "{validation.phone}") String financePhone,
		@NotBlank @Email @Size(max = 254) String financeEmail) {

	/** Digits with an optional leading + and spaces or dashes, 6 to 31 characters. */
	static final String PHONE = TextRules.PHONE_REGEX;

	static ContactForm of(MerchantProfile p) {
		return new ContactForm(p.contactPhone(), p.contactEmail(), p.financeName(), p.financePhone(), p.financeEmail());
	}

	FinanceContact finance() {
		return new FinanceContact(this.financeName.trim(), this.financePhone.trim(), this.financeEmail.trim());
	}

}

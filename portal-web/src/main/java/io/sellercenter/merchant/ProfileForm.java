package io.sellercenter.merchant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The company profile as the onboarding and change forms post it. */
record ProfileForm(@NotBlank @Size(max = 200) String companyName, @NotBlank @Size(max = 64) String registrationNumber,
		@NotBlank @Size(max = 300) String address, @NotBlank @Size(max = 100) String contactPerson,
		@NotBlank @Pattern(regexp = ContactForm.PHONE, message = "{validation.phone}") String contactPhone,
		@NotBlank @Email @Size(max = 254) String contactEmail, @NotBlank @Size(max = 100) String financeName,
		@NotBlank @Pattern(regexp = ContactForm.PHONE, message = "{validation.phone}") String financePhone,
		@NotBlank @Email @Size(max = 254) String financeEmail, @NotBlank @Size(max = 64) String taxNumber,
		@NotBlank @Pattern(regexp = "GENERAL|SMALL_SCALE|OVERSEAS") String taxType) {

	static ProfileForm empty() {
		return new ProfileForm("", "", "", "", "", "", "", "", "", "", "GENERAL");
	}

	static ProfileForm of(ProfileDetails d) {
		return new ProfileForm(d.companyName(), d.registrationNumber(), d.address(), d.contactPerson(),
				d.contactPhone(), d.contactEmail(), d.finance().name(), d.finance().phone(), d.finance().email(),
				d.taxNumber(), d.taxType());
	}

	ProfileDetails toDetails() {
		return new ProfileDetails(trim(this.companyName), trim(this.registrationNumber), trim(this.address),
				trim(this.contactPerson), trim(this.contactPhone), trim(this.contactEmail),
				new FinanceContact(trim(this.financeName), trim(this.financePhone), trim(this.financeEmail)),
				trim(this.taxNumber), this.taxType);
	}

	private static String trim(String value) {
		return (value != null) ? value.trim() : null;
	}

}

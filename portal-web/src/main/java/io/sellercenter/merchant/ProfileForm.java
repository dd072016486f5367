package io.sellercenter.merchant;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** The company profile as the onboarding and change forms post it. */
record ProfileForm(@NotBlank @Size(max = 200) String companyName, @NotBlank @Size(max = 64) String registrationNumber,
		@NotBlank @Size(max = 300) String address, @NotBlank @Size(max = 100) String contactPerson,
		@NotBlank @Pattern(regexp = ContactForm.PHONE, message = "{validation.phone}") String contactPhone,
		@NotBlank @Email @Size(max = 254) String contactEmail, @NotBlank @Size(max = 100) String financeName,
		@NotBlank @Pattern(regexp = ContactForm.PHONE, message = "{validation.phone}") String financePhone,
		@NotBlank @Email @Size(max = 254) String financeEmail, @NotBlank @Size(max = 64) String taxNumber,
		@NotBlank @Pattern(regexp = "GENERAL|SMALL_SCALE|OVERSEAS", message = "{validation.choice}") String taxType) {

	static ProfileForm empty() {
		return new ProfileForm("", "", "", "", "", "", "", "", "", "", "GENERAL");
	}

	static ProfileForm of(ProfileDetails d) {
		return new ProfileForm(d.companyName(), d.registrationNumber(), d.address(), d.contactPerson(),
				d.contactPhone(), d.contactEmail(), d.finance().name(), d.finance().phone(), d.finance().email(),
				d.taxNumber(), d.taxType());
	}

	/**
	 * The registration number of a company in mainland China is its unified social credit
	 * code: checked here too, so a typo is named next to the field rather than refused
	 * whole by the service.
	 */
	void checkRegistrationNumber(Errors errors) {
		if (errors.hasFieldErrors("registrationNumber") || errors.hasFieldErrors("taxType")) {
			return;
		}
		ProfileDetails details = toDetails();
		CreditCode.Problem problem = details.needsCreditCode() ? CreditCode.problem(details.registrationNumber())
				: null;
		if (problem != null) {
			errors.rejectValue("registrationNumber",
					"validation.creditCode." + problem.name().toLowerCase(Locale.ROOT));
		}
	}

	ProfileDetails toDetails() {
		return new ProfileDetails(trim(this.companyName), trim(this.registrationNumber), trim(this.address),
				trim(this.contactPerson), trim(this.contactPhone), trim(this.contactEmail),
				new FinanceContact(trim(this.financeName), trim(this.financePhone), trim(this.financeEmail)),
				trim(this.taxNumber), this.taxType)
			.normalised();
	}

	private static String trim(String value) {
		return (value != null) ? value.trim() : null;
	}

}

package io.sellercenter.merchant;

import java.util.Map;

import io.sellercenter.shared.TextRules;

/**
 * What a profile must always be, whoever submits it: every field present, within the
 * column's length, phone numbers and e-mail addresses that look like ones, and a unified
 * social credit code as the registration number of a company in mainland China. The web
 * form checks the same with messages next to the fields; this is the guard behind it.
 */
final class ProfileRules {

	private static final Map<String, Integer> MAX = Map.ofEntries(Map.entry("companyName", 200),
			Map.entry("registrationNumber", 64), Map.entry("address", 300), Map.entry("contactPerson", 100),
			Map.entry("contactPhone", 32), Map.entry("contactEmail", 254), Map.entry("financeName", 100),
			Map.entry("financePhone", 32), Map.entry("financeEmail", 254), Map.entry("taxNumber", 64),
			Map.entry("taxType", 32));

	private ProfileRules() {
	}

	static void check(ProfileDetails details) {
		Map<String, String> values = details.toMap(null);
		MAX.forEach((field, max) -> {
			String value = values.get(field);
			if (value == null || value.isBlank() || value.length() > max) {
				throw new ProfileRejected("profile.invalid");
			}
		});
		checkContacts(details.contactPhone(), details.contactEmail(), details.finance());
		if (!java.util.Set.of("GENERAL", "SMALL_SCALE", "OVERSEAS").contains(details.taxType())) {
			throw new ProfileRejected("profile.invalid");
		}
		if (details.needsCreditCode() && !CreditCode.valid(details.registrationNumber())) {
			throw new ProfileRejected("profile.creditCode.invalid");
		}
	}

	static void checkContacts(String phone, String email, FinanceContact finance) {
		if (!TextRules.isPhone(phone) || !TextRules.isPhone(finance.phone()) || !TextRules.isEmail(email)
				|| !TextRules.isEmail(finance.email()) || finance.name() == null || finance.name().isBlank()
				|| finance.name().length() > 100) {
			throw new ProfileRejected("profile.invalid");
		}
	}

}

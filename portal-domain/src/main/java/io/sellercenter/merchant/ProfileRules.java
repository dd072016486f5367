package io.sellercenter.merchant;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a profile must always be, whoever submits it: every field present, within the
 * column's length, and phone numbers and e-mail addresses that look like ones. The web
 * form checks the same with messages next to the fields; this is the guard behind it.
 */
final class ProfileRules {

	static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,30}");

	/**
	 * A local part without spaces, at a domain of two or more labels of letters (any
	 * script: 中文.中国 is one), digits and hyphens; a "domain" with quotes, brackets or
	 * braces is no address.
	 */
	static final Pattern EMAIL = Pattern.compile(
			"[^@\\s]{1,64}@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

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
	}

	static void checkContacts(String phone, String email, FinanceContact finance) {
		if (phone == null || !PHONE.matcher(phone).matches() || finance.phone() == null
				|| !PHONE.matcher(finance.phone()).matches() || email == null || !EMAIL.matcher(email).matches()
				|| finance.email() == null || !EMAIL.matcher(finance.email()).matches() || finance.name() == null
				|| finance.name().isBlank() || finance.name().length() > 100) {
			throw new ProfileRejected("profile.invalid");
		}
	}

}

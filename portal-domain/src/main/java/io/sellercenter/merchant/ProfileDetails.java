package io.sellercenter.merchant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a merchant states about its company. As a field map (for review requests)
 * the names are those of {@link #FIELDS}, which also order the review page.
 */
public record ProfileDetails(String companyName, String registrationNumber, String address, String contactPerson,
		String contactPhone, String contactEmail, FinanceContact finance, String taxNumber, String taxType) {

	public static final List<String> FIELDS = List.of("companyName", "registrationNumber", "address", "contactPerson",
			"contactPhone", "contactEmail", "financeName", "financePhone", "financeEmail", "taxNumber", "taxType",
			"licence");

	/**
	 * Fields that change at once after certification; every other one is reviewed first.
	 */
	public static final List<String> IMMEDIATE = List.of("contactPhone", "contactEmail", "financeName", "financePhone",
			"financeEmail");

	/**
	 * Whether the registration number must be a unified social credit code
	 * ({@link CreditCode}): for every company but one taxed as overseas, the form's only
	 * sign of a company registered outside mainland China (it has no country field),
	 * whose number is its own country's.
	 */
	public boolean needsCreditCode() {
		return !"OVERSEAS".equals(this.taxType);
	}

	/**
	 * A credit code as people type it, in capitals; other countries' numbers as written.
	 */
	public ProfileDetails normalised() {
		if (!needsCreditCode() || this.registrationNumber == null) {
			return this;
		}
		return new ProfileDetails(this.companyName, CreditCode.normalise(this.registrationNumber), this.address,
				this.contactPerson, this.contactPhone, this.contactEmail, this.finance, this.taxNumber, this.taxType);
	}

	public Map<String, String> toMap(Long licenceFileId) {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("companyName", this.companyName);
		map.put("registrationNumber", this.registrationNumber);
		map.put("address", this.address);
		map.put("contactPerson", this.contactPerson);
		map.put("contactPhone", this.contactPhone);
		map.put("contactEmail", this.contactEmail);
		map.put("financeName", this.finance.name());
		map.put("financePhone", this.finance.phone());
		map.put("financeEmail", this.finance.email());
		map.put("taxNumber", this.taxNumber);
		map.put("taxType", this.taxType);
		map.put("licence", (licenceFileId != null) ? licenceFileId.toString() : null);
		return map;
	}

	public static ProfileDetails fromMap(Map<String, String> map) {
		return new ProfileDetails(map.get("companyName"), map.get("registrationNumber"), map.get("address"),
				map.get("contactPerson"), map.get("contactPhone"), map.get("contactEmail"),
				new FinanceContact(map.get("financeName"), map.get("financePhone"), map.get("financeEmail")),
				map.get("taxNumber"), map.get("taxType"));
	}

}

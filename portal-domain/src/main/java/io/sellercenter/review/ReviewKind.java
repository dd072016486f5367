package io.sellercenter.review;

public enum ReviewKind {

	ONBOARDING, PROFILE_CHANGE, COMPLIANCE_LETTER, PRODUCT_APPLICATION, PRODUCT_DELISTING;

	/**
	 * Whether a merchant may have only one open request of this kind (the profile's);
	 * product requests are many at once, one per product, which the product feature keeps
	 * to.
	 */
	public boolean onePerMerchant() {
		return this == ONBOARDING || this == PROFILE_CHANGE || this == COMPLIANCE_LETTER;
	}

}

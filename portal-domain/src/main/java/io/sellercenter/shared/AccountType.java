package io.sellercenter.shared;

/** The {@code account_type} claim of the identity provider. */
public enum AccountType {

	MAIN, SUB, OPERATOR;

	/**
	 * Null for an absent or unknown claim, so that sign-in refuses it instead of
	 * guessing.
	 */
	public static AccountType fromClaim(String claim) {
		if (claim == null) {
			return null;
		}
		for (AccountType type : values()) {
			if (type.name().equalsIgnoreCase(claim.trim())) {
				return type;
			}
		}
		return null;
	}

}

package io.sellercenter.user;

import io.sellercenter.shared.AccountType;

/**
 * What the identity provider says about the person signing in (the ID token's claims).
 * Nothing here is trusted beyond the provider: the portal decides with its own records
 * who enters.
 */
public record Identity(String subject, String domainId, String domainName, String userName, AccountType accountType,
		String name, String email) {

	/** What the portal keeps of a name: as many characters as its column takes. */
	static final int MAX_ACCOUNT_NAME = 200;

	static final int MAX_PERSON_NAME = 100;

	static final int MAX_EMAIL = 254;

	/**
	 * The claims as the portal can keep them. The provider's names are display text of
	 * any length: cut to what the columns take (at a whole character), rather than
	 * refusing the person's sign-in; an e-mail address too long to keep is no address.
	 */
	public Identity fitted() {
		return new Identity(this.subject, this.domainId, cut(this.domainName, MAX_ACCOUNT_NAME), this.userName,
				this.accountType, cut(this.name, MAX_PERSON_NAME),
				(this.email != null && this.email.length() > MAX_EMAIL) ? null : this.email);
	}

	private static String cut(String text, int max) {
		if (text == null || text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, max));
	}

	public String displayName() {
		return (this.name != null && !this.name.isBlank()) ? this.name : this.userName;
	}

}

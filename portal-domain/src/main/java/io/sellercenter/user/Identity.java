package io.sellercenter.user;

import io.sellercenter.shared.AccountType;

/**
 * What the identity provider says about the person signing in (the ID token's claims).
 * Nothing here is trusted beyond the provider: the portal decides with its own records
 * who enters.
 */
public record Identity(String subject, String domainId, String domainName, String userName, AccountType accountType,
		String name, String email) {

	public String displayName() {
		return (this.name != null && !this.name.isBlank()) ? this.name : this.userName;
	}

}

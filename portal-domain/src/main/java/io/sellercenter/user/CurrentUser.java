package io.sellercenter.user;

import java.io.Serializable;

import io.sellercenter.merchant.MerchantId;

/**
 * The signed-in user as the portal knows them, fixed at sign-in and kept in the session:
 * small, and enough to resolve the current merchant on every request without a query.
 */
public record CurrentUser(long userId, String userName, String displayName, AccountType accountType, Long merchantId,
		String merchantName, String domainId, String subject, String providerSessionId) implements Serializable {

	/** The tenant every merchant page works in; null for an operator. */
	public MerchantId merchant() {
		return (this.merchantId != null) ? new MerchantId(this.merchantId) : null;
	}

	public boolean operator() {
		return this.accountType == AccountType.OPERATOR;
	}

	public boolean mainAccount() {
		return this.accountType == AccountType.MAIN;
	}

}

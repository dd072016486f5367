package io.sellercenter.user;

import io.sellercenter.shared.AccountType;
import java.time.LocalDateTime;

import io.sellercenter.shared.MerchantId;

public record PortalUser(long id, Long merchantId, String domainId, String userName, String subject,
		AccountType accountType, String displayName, String email, UserStatus status, LocalDateTime registeredAt,
		LocalDateTime lastLoginAt) {

	/** The tenant of this user; null for an operator. */
	public MerchantId merchant() {
		return (this.merchantId != null) ? new MerchantId(this.merchantId) : null;
	}

}

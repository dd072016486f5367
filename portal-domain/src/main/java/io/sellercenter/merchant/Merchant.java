package io.sellercenter.merchant;

import io.sellercenter.shared.MerchantId;

import java.time.LocalDateTime;

public record Merchant(long id, String domainId, String name, Certification certification, LocalDateTime createdAt) {

	public MerchantId merchantId() {
		return new MerchantId(this.id);
	}

}

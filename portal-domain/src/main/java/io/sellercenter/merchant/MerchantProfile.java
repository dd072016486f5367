package io.sellercenter.merchant;

import java.time.LocalDateTime;

/** The certified company profile of a merchant (商家信息). */
public record MerchantProfile(long merchantId, String companyName, String registrationNumber, String address,
		String contactPerson, String contactPhone, String contactEmail, String financeName, String financePhone,
		String financeEmail, String taxNumber, String taxType, long licenceFileId, ComplianceStatus complianceStatus,
		Long complianceFileId, LocalDateTime updatedAt) {

	public ProfileDetails details() {
		return new ProfileDetails(this.companyName, this.registrationNumber, this.address, this.contactPerson,
				this.contactPhone, this.contactEmail,
				new FinanceContact(this.financeName, this.financePhone, this.financeEmail), this.taxNumber,
				this.taxType);
	}

}

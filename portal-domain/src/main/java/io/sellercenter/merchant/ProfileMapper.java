package io.sellercenter.merchant;

import java.time.LocalDateTime;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ProfileMapper {

	Optional<MerchantProfile> find(@Param("merchant") MerchantId merchant);

	/**
	 * Onboarding approved: the profile as submitted (again, after an earlier rejection).
	 */
	void upsert(@Param("merchant") MerchantId merchant, @Param("d") ProfileDetails details,
			@Param("licence") long licenceFileId, @Param("now") LocalDateTime now);

	int updateContacts(@Param("merchant") MerchantId merchant, @Param("phone") String phone,
			@Param("email") String email, @Param("finance") FinanceContact finance, @Param("now") LocalDateTime now);

	int updateCompliance(@Param("merchant") MerchantId merchant, @Param("status") ComplianceStatus status,
			@Param("file") Long fileId, @Param("now") LocalDateTime now);

	void updateCertification(@Param("merchant") MerchantId merchant,
			@Param("certification") Certification certification, @Param("name") String name,
			@Param("now") LocalDateTime now);

}

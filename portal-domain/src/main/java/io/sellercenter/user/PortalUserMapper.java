package io.sellercenter.user;

import io.sellercenter.shared.AccountType;
import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PortalUserMapper {

	Optional<PortalUser> findByDomainAndName(@Param("domainId") String domainId, @Param("userName") String userName);

	Optional<PortalUser> findById(@Param("id") long id);

	List<Long> findIdsOfMerchant(@Param("merchant") MerchantId merchant);

	Optional<PortalUser> findBySubject(@Param("subject") String subject);

	/**
	 * Main accounts and operators are registered by signing in; sub-users by their main
	 * account.
	 */
	void insertIfAbsent(@Param("user") NewUser user);

	void recordSignIn(@Param("id") long id, @Param("identity") Identity identity,
			@Param("now") java.time.LocalDateTime now);

	List<PortalUser> findSubUsers(@Param("merchant") MerchantId merchant);

	Optional<PortalUser> findSubUser(@Param("merchant") MerchantId merchant, @Param("id") long id);

	int updateDisplayName(@Param("merchant") MerchantId merchant, @Param("id") long id,
			@Param("displayName") String displayName);

	int updateStatus(@Param("merchant") MerchantId merchant, @Param("id") long id, @Param("status") UserStatus status);

	int deleteSubUser(@Param("merchant") MerchantId merchant, @Param("id") long id);

	record NewUser(Long merchantId, String domainId, String userName, AccountType accountType, String displayName,
			String email, java.time.LocalDateTime now) {
	}

}

package io.sellercenter.user;

import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PortalUserMapper {

	Optional<PortalUser> findByDomainAndName(@Param("domainId") String domainId, @Param("userName") String userName);

	Optional<PortalUser> findBySubject(@Param("subject") String subject);

	/**
	 * Main accounts and operators are registered by signing in; sub-users by their main
	 * account.
	 */
	void insertIfAbsent(@Param("user") NewUser user);

	void recordSignIn(@Param("id") long id, @Param("identity") Identity identity,
			@Param("now") java.time.LocalDateTime now);

	record NewUser(Long merchantId, String domainId, String userName, AccountType accountType, String displayName,
			String email, java.time.LocalDateTime now) {
	}

}

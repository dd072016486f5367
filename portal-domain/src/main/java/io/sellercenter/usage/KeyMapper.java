package io.sellercenter.usage;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;
import io.sellercenter.usage.IntegrationKey.KeyStatus;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface KeyMapper {

	List<IntegrationKey> findAll(@Param("merchant") MerchantId merchant);

	long countActive(@Param("merchant") MerchantId merchant);

	void insert(@Param("merchant") MerchantId merchant, @Param("keyId") String keyId, @Param("name") String name,
			@Param("secretEnc") String secretEnc, @Param("now") LocalDateTime now);

	int updateStatus(@Param("merchant") MerchantId merchant, @Param("keyId") String keyId,
			@Param("status") KeyStatus status);

	int delete(@Param("merchant") MerchantId merchant, @Param("keyId") String keyId);

	/** For the push API, which knows only the key id (any merchant's). */
	Optional<KeyRow> findForPush(@Param("keyId") String keyId);

	/** Sets the key's last use to now unless it was used already in now's minute. */
	void touch(@Param("keyId") String keyId, @Param("now") LocalDateTime now, @Param("minute") LocalDateTime minute);

}

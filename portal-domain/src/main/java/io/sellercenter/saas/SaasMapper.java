package io.sellercenter.saas;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SaasMapper {

	Optional<ProductionAddress> address(@Param("merchant") MerchantId merchant);

	void saveAddress(@Param("merchant") MerchantId merchant, @Param("url") String url,
			@Param("contract") Contract contract, @Param("now") LocalDateTime now);

	int markVerified(@Param("merchant") MerchantId merchant, @Param("url") String url,
			@Param("verifiedAt") LocalDateTime verifiedAt, @Param("call") long call);

	Optional<BoundKey> key(@Param("merchant") MerchantId merchant, @Param("type") InterfaceType type);

	List<BoundKey> keys(@Param("merchant") MerchantId merchant);

	int countAccessKey(@Param("accessKey") String accessKey);

	void saveKey(@Param("merchant") MerchantId merchant, @Param("type") InterfaceType type,
			@Param("accessKey") String accessKey, @Param("sealed") String sealed, @Param("now") LocalDateTime now);

	void insertCall(@Param("merchant") MerchantId merchant, @Param("call") CallRow call);

	Optional<Call> call(@Param("merchant") MerchantId merchant, @Param("id") long id);

}

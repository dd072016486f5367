package io.sellercenter.merchant;

import io.sellercenter.shared.MerchantId;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MerchantMapper {

	/** Inserts the merchant, or does nothing when one of that account exists already. */
	void insertIfAbsent(@Param("domainId") String domainId, @Param("name") String name,
			@Param("now") LocalDateTime now);

	Optional<Merchant> findByDomainId(@Param("domainId") String domainId);

	Optional<Merchant> findById(@Param("id") MerchantId id);

	long count();

	List<Merchant> findNewest(@Param("limit") int limit);

}

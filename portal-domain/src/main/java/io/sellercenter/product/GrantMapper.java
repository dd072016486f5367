package io.sellercenter.product;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface GrantMapper {

	List<Grant> ofProduct(@Param("merchant") MerchantId merchant, @Param("productId") long productId);

	Optional<Grant> find(@Param("merchant") MerchantId merchant, @Param("productId") long productId,
			@Param("id") long id);

	/** The viewer's current grant of a product (not expired at {@code viewer.now}). */
	Optional<GrantRole> roleOf(@Param("viewer") Viewer viewer, @Param("productId") long productId);

	long unmanagedUsesOfAsset(@Param("viewer") Viewer viewer, @Param("assetId") long assetId);

	void insert(@Param("merchant") MerchantId merchant, @Param("productId") long productId,
			@Param("userId") long userId, @Param("role") GrantRole role, @Param("primary") boolean primary,
			@Param("expiresAt") LocalDateTime expiresAt, @Param("now") LocalDateTime now);

	int delete(@Param("merchant") MerchantId merchant, @Param("productId") long productId, @Param("id") long id);

	/** The user of a grant, for auditing; only users of this merchant. */
	Optional<String> userName(@Param("merchant") MerchantId merchant, @Param("userId") long userId);

}

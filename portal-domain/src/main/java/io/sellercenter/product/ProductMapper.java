package io.sellercenter.product;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ProductMapper {

	/** Products the viewer may see, newest change first. */
	/** {@code namePattern}: a LIKE pattern for either name, or null for any. */
	List<ProductRow> findVisible(@Param("viewer") Viewer viewer, @Param("namePattern") String namePattern,
			@Param("type") ProductType type, @Param("status") ProductStatus status, @Param("offset") long offset,
			@Param("limit") int limit);

	long countVisible(@Param("viewer") Viewer viewer, @Param("namePattern") String namePattern,
			@Param("type") ProductType type, @Param("status") ProductStatus status);

	Optional<ProductRow> findVisibleById(@Param("viewer") Viewer viewer, @Param("id") long id);

	Optional<ProductRow> find(@Param("merchant") MerchantId merchant, @Param("id") long id);

	void insert(@Param("merchant") MerchantId merchant, @Param("row") ProductRow row);

	int update(@Param("merchant") MerchantId merchant, @Param("row") ProductRow row);

	/**
	 * Listed (or waiting to be delisted) image products of the merchant built on the
	 * asset.
	 */
	long countListedOnAsset(@Param("merchant") MerchantId merchant, @Param("assetId") long assetId);

	int updateStatus(@Param("merchant") MerchantId merchant, @Param("id") long id,
			@Param("status") ProductStatus status, @Param("now") LocalDateTime now);

	List<Spec> specs(@Param("merchant") MerchantId merchant, @Param("productId") long productId);

	void insertSpec(@Param("merchant") MerchantId merchant, @Param("productId") long productId,
			@Param("position") int position, @Param("s") SpecDraft spec, @Param("now") LocalDateTime now);

	int updateSpec(@Param("merchant") MerchantId merchant, @Param("productId") long productId,
			@Param("position") int position, @Param("s") SpecDraft spec);

	int setSpecsOnSale(@Param("merchant") MerchantId merchant, @Param("productId") long productId,
			@Param("specIds") List<Long> specIds, @Param("onSale") boolean onSale);

}

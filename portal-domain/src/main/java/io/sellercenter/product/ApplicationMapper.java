package io.sellercenter.product;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApplicationMapper {

	void insert(@Param("merchant") MerchantId merchant, @Param("row") ApplicationRow row);

	/**
	 * Applications the viewer may see: all of the merchant's for the main account; for a
	 * sub-user those of products granted to them.
	 */
	List<ApplicationRow> findVisible(@Param("viewer") Viewer viewer, @Param("status") ApplicationStatus status,
			@Param("offset") long offset, @Param("limit") int limit);

	long countVisible(@Param("viewer") Viewer viewer, @Param("status") ApplicationStatus status);

	Optional<ApplicationRow> find(@Param("merchant") MerchantId merchant, @Param("id") long id);

	Optional<ApplicationRow> findByReview(@Param("merchant") MerchantId merchant, @Param("reviewId") long reviewId);

	Optional<ApplicationRow> findOpenChange(@Param("merchant") MerchantId merchant, @Param("productId") long productId);

	int updateContent(@Param("merchant") MerchantId merchant, @Param("id") long id, @Param("nameZh") String nameZh,
			@Param("content") String content, @Param("now") LocalDateTime now);

	/** Locks the application's row until the transaction ends (none: no such row). */
	Long lock(@Param("merchant") MerchantId merchant, @Param("id") long id);

	int markSubmitted(@Param("merchant") MerchantId merchant, @Param("id") long id, @Param("reviewId") long reviewId,
			@Param("previous") String previousSubmission, @Param("now") LocalDateTime now);

	int markDecided(@Param("merchant") MerchantId merchant, @Param("id") long id,
			@Param("status") ApplicationStatus status, @Param("productId") Long productId,
			@Param("now") LocalDateTime now);

	int deleteDraft(@Param("merchant") MerchantId merchant, @Param("id") long id);

}

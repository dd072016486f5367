package io.sellercenter.review;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ReviewMapper {

	/**
	 * Fails with a duplicate key when one of this kind is already open for the merchant.
	 */
	void insert(@Param("merchant") MerchantId merchant, @Param("row") ReviewRow row);

	Optional<ReviewRow> find(@Param("id") long id);

	Optional<ReviewRow> findOfMerchant(@Param("merchant") MerchantId merchant, @Param("id") long id);

	Optional<ReviewRow> findOpen(@Param("merchant") MerchantId merchant, @Param("kind") ReviewKind kind);

	Optional<ReviewRow> findLatest(@Param("merchant") MerchantId merchant, @Param("kind") ReviewKind kind);

	/**
	 * Decides a pending request; 0 rows when it was already decided, which is how two
	 * operators deciding at once end with one decision.
	 */
	int decide(@Param("id") long id, @Param("status") ReviewStatus status, @Param("reviewer") long reviewer,
			@Param("reason") String reason, @Param("now") LocalDateTime now);

	/**
	 * {@code merchant} is a LIKE pattern of the merchant's name, {@code account} its
	 * account id as typed: either finds it.
	 */
	List<ReviewRow> queue(@Param("kind") ReviewKind kind, @Param("status") ReviewStatus status,
			@Param("merchant") String merchant, @Param("account") String account, @Param("offset") long offset,
			@Param("limit") int limit);

	long countQueue(@Param("kind") ReviewKind kind, @Param("status") ReviewStatus status,
			@Param("merchant") String merchant, @Param("account") String account);

	void insertComment(@Param("id") long id, @Param("merchant") MerchantId merchant, @Param("field") String field,
			@Param("comment") String comment);

	List<FieldComment> comments(@Param("id") long id);

	List<ReviewRow> ofMerchant(@Param("merchant") MerchantId merchant, @Param("limit") int limit);

}

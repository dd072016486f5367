package io.sellercenter.asset;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AssetMapper {

	List<ImageAsset> findPage(@Param("merchant") MerchantId merchant, @Param("limit") int limit,
			@Param("offset") long offset);

	long count(@Param("merchant") MerchantId merchant);

	List<ImageAsset> findAccepted(@Param("merchant") MerchantId merchant);

	Optional<ImageAsset> find(@Param("merchant") MerchantId merchant, @Param("id") long id);

	/**
	 * Whether the image is an accepted asset of any merchant. The one statement that
	 * looks beyond the current merchant: one image is one asset across the marketplace.
	 * It answers only yes or no.
	 */
	boolean acceptedAnywhere(@Param("imageId") String imageId);

	/** The insert fails on a unique key when the image is an accepted asset already. */
	void insert(@Param("merchant") MerchantId merchant, @Param("asset") NewAsset asset);

	/** Makes room for a new registration of an image the rules refused before. */
	int deleteRefused(@Param("merchant") MerchantId merchant, @Param("imageId") String imageId);

	/** Deletes the asset only while it is not locked. */
	int deleteUnlocked(@Param("merchant") MerchantId merchant, @Param("id") long id);

	/** Locks an accepted asset that is not locked yet. */
	int lock(@Param("merchant") MerchantId merchant, @Param("id") long id, @Param("now") LocalDateTime now);

	/** Unlocks a locked asset. */
	int unlock(@Param("merchant") MerchantId merchant, @Param("id") long id);

	/** Insert parameters; the generated id is written back into {@code id}. */
	final class NewAsset {

		public Long id;

		public String imageId;

		public String region;

		public String name;

		public int sizeGb;

		public String osType;

		public AssetStatus status;

		public String refusal;

		public Long createdBy;

		public LocalDateTime createdAt;

	}

}

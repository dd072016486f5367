package io.sellercenter.product;

import java.util.List;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;

/**
 * What the product feature needs of image assets: whether an asset of the merchant may
 * back an image product, locking it once the product is listed, and unlocking it once no
 * listed product is built on it. Implemented by the asset feature.
 */
public interface ImageAssetCheck {

	/** The merchant's assets an image product may be built from, for the publish form. */
	List<AssetChoice> choices(MerchantId merchant);

	boolean usable(MerchantId merchant, long assetId);

	/**
	 * An asset of the merchant whatever its state, as a review names it; empty for none
	 * of the merchant's.
	 */
	Optional<AssetChoice> describe(MerchantId merchant, long assetId);

	void lock(MerchantId merchant, long assetId);

	/** Called when the last listed product built on the asset is delisted. */
	void unlock(MerchantId merchant, long assetId);

	/** An accepted asset as the publish form offers it. */
	record AssetChoice(long id, String name, String region, String imageId) {
	}

}

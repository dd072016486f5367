package io.sellercenter.asset;

import java.util.Optional;

import io.sellercenter.shared.MerchantId;

/**
 * The cloud's image service, as the portal asks it about a merchant's images. Here it is
 * the {@code image_catalog} table ({@link TableImageCatalog}); production puts an adapter
 * to the cloud's image API behind the same interface.
 */
public interface ImageCatalog {

	/**
	 * The image with that id in that region of the merchant's cloud account; empty when
	 * the account has no such image there.
	 */
	Optional<ImageFacts> describe(MerchantId merchant, String region, String imageId);

}

package io.sellercenter.asset;

import java.util.Optional;

import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Component;

/**
 * The catalogue that runs here: the merchants' cloud images as rows of
 * {@code image_catalog}, seeded by the demo data and by tests.
 */
@Component
class TableImageCatalog implements ImageCatalog {

	private final ImageCatalogMapper mapper;

	TableImageCatalog(ImageCatalogMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Optional<ImageFacts> describe(MerchantId merchant, String region, String imageId) {
		return this.mapper.find(merchant, region, imageId);
	}

}

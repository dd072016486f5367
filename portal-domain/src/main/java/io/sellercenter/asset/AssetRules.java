package io.sellercenter.asset;

import java.util.Optional;

/**
 * What an image must be to build an image product on it, checked in this order; the first
 * rule it fails is the reason given.
 */
final class AssetRules {

	static final int MAX_SIZE_GB = 128;

	private AssetRules() {
	}

	/** The message code of the first rule the image fails; empty when it passes all. */
	static Optional<String> refusal(ImageFacts image) {
		if (!ImageRegions.supported(image.region())) {
			return Optional.of("asset.region");
		}
		if (image.sizeGb() > MAX_SIZE_GB) {
			return Optional.of("asset.tooLarge");
		}
		if (image.shared()) {
			return Optional.of("asset.shared");
		}
		if (image.encrypted()) {
			return Optional.of("asset.encrypted");
		}
		if (image.fullServer()) {
			return Optional.of("asset.fullServer");
		}
		if (!ImageFacts.PRIVATE.equals(image.source())) {
			// Rebuilt from a marketplace image or from an image another account shared.
			return Optional.of("asset.notPrivate");
		}
		return Optional.empty();
	}

}

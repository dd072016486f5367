package io.sellercenter.asset;

import java.util.List;

/**
 * The cloud regions the register form offers. Image products can be built only from
 * images in the supported ones; the others are offered too, so that a merchant whose
 * image lives there is told why it cannot be used rather than not finding their region.
 */
public final class ImageRegions {

	/**
	 * Hong Kong, Bangkok, Singapore, Johannesburg, Santiago, Mexico City, São Paulo.
	 */
	public static final List<String> SUPPORTED = List.of("ap-southeast-1", "ap-southeast-2", "ap-southeast-3",
			"af-south-1", "la-south-2", "na-mexico-1", "sa-brazil-1");

	/** Beijing-4, Shanghai-1, Guangzhou: regions of the cloud without image products. */
	public static final List<String> OTHER = List.of("cn-north-4", "cn-east-3", "cn-south-1");

	private ImageRegions() {
	}

	public static boolean supported(String region) {
		return SUPPORTED.contains(region);
	}

}

package io.sellercenter.asset;

/**
 * What the cloud's image service says of one image of the merchant's.
 *
 * @param source what the image was made from: {@code PRIVATE}, {@code MARKETPLACE} or
 * {@code SHARED}
 */
public record ImageFacts(String imageId, String name, String region, int sizeGb, boolean shared, boolean encrypted,
		boolean fullServer, String source, String osType) {

	public static final String PRIVATE = "PRIVATE";

	public static final String MARKETPLACE = "MARKETPLACE";

	public static final String SHARED = "SHARED";

}

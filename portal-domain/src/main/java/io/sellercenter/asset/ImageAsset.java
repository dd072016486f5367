package io.sellercenter.asset;

import java.time.LocalDateTime;

/**
 * A registered image of the merchant's, with the facts the cloud reported when it was
 * registered.
 *
 * @param refusal for a refused asset, the message code of the rule it failed (such as
 * {@code asset.encrypted}); null when accepted
 * @param locked whether a listed image product is built on it: it can no longer be
 * deleted
 */
public record ImageAsset(long id, String imageId, String region, String name, int sizeGb, String osType,
		AssetStatus status, String refusal, boolean locked, LocalDateTime lockedAt, LocalDateTime createdAt) {

	public boolean accepted() {
		return this.status == AssetStatus.ACCEPTED;
	}

	public boolean deletable() {
		return !this.locked;
	}

}

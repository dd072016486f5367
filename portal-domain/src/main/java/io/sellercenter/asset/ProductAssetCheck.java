package io.sellercenter.asset;

import java.util.List;
import java.util.Optional;

import io.sellercenter.product.ImageAssetCheck;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Component;

/**
 * Image assets as the product feature asks for them. Locked assets stay usable: a change
 * to a listed product keeps the asset its listing is built on.
 */
@Component
class ProductAssetCheck implements ImageAssetCheck {

	private final AssetService assets;

	ProductAssetCheck(AssetService assets) {
		this.assets = assets;
	}

	@Override
	public List<AssetChoice> choices(MerchantId merchant) {
		return this.assets.accepted(merchant)
			.stream()
			.map((a) -> new AssetChoice(a.id(), a.name(), a.region(), a.imageId()))
			.toList();
	}

	@Override
	public boolean usable(MerchantId merchant, long assetId) {
		return this.assets.find(merchant, assetId).map(ImageAsset::accepted).orElse(false);
	}

	@Override
	public Optional<AssetChoice> describe(MerchantId merchant, long assetId) {
		return this.assets.find(merchant, assetId)
			.map((a) -> new AssetChoice(a.id(), a.name(), a.region(), a.imageId()));
	}

	@Override
	public void lock(MerchantId merchant, long assetId) {
		this.assets.lock(merchant, assetId);
	}

	@Override
	public void unlock(MerchantId merchant, long assetId) {
		this.assets.unlock(merchant, assetId);
	}

}

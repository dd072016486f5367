package io.sellercenter.asset;

import java.util.Map;
import java.util.UUID;

import io.sellercenter.merchant.MerchantService;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.testsupport.DomainTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.sellercenter.asset.Catalog.SINGAPORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules on registered images, on the real database: each test works in merchants and
 * images of its own.
 */
@DomainTest
class AssetServiceTests {

	@Autowired
	AssetService assets;

	@Autowired
	MerchantService merchants;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	Catalog catalog;

	MerchantId merchant;

	String image;

	@BeforeEach
	void merchantWithAnImage() {
		this.catalog = new Catalog(this.jdbc);
		this.merchant = newMerchant();
		this.image = newImageId();
	}

	@Test
	void registerWhenImagePassesEveryRuleThenAccepted() {
		this.catalog.add(this.merchant, SINGAPORE, this.image, 128, false, false, false, ImageFacts.PRIVATE);

		ImageAsset asset = this.assets.register(this.merchant, SINGAPORE, this.image, actor(this.merchant));

		assertThat(asset.accepted()).isTrue();
		assertThat(asset.refusal()).isNull();
		Map<String, Object> row = row(asset.id());
		assertThat(row).containsEntry("merchant_id", this.merchant.value())
			.containsEntry("image_id", this.image)
			.containsEntry("region", SINGAPORE)
			.containsEntry("name", "Image " + this.image)
			.containsEntry("size_gb", 128)
			.containsEntry("os_type", "Linux")
			.containsEntry("status", "ACCEPTED")
			.containsEntry("accepted_marker", 1)
			.containsEntry("locked", false)
			.containsEntry("created_by", 7L);
		assertThat(row.get("refusal")).isNull();
		assertThat(audited("ASSET_REGISTERED")).contains("\"status\":\"ACCEPTED\"");
	}

	@Test
	void registerWhenRegionUnsupportedThenRefused() {
		this.catalog.add(this.merchant, "cn-north-4", this.image, 40, false, false, false, ImageFacts.PRIVATE);

		assertRefused("cn-north-4", "asset.region");
	}

	@Test
	void registerWhenLargerThan128GbThenRefused() {
		this.catalog.add(this.merchant, SINGAPORE, this.image, 129, false, false, false, ImageFacts.PRIVATE);

		assertRefused(SINGAPORE, "asset.tooLarge");
	}

	@Test
	void registerWhenSharedThenRefused() {
		this.catalog.add(this.merchant, SINGAPORE, this.image, 40, true, false, false, ImageFacts.PRIVATE);

		assertRefused(SINGAPORE, "asset.shared");
	}

	@Test
	void registerWhenEncryptedThenRefused() {
		this.catalog.add(this.merchant, SINGAPORE, this.image, 40, false, true, false, ImageFacts.PRIVATE);

		assertRefused(SINGAPORE, "asset.encrypted");
	}

	@Test
	void registerWhenFullServerImageThenRefused() {
		this.catalog.add(this.merchant, SINGAPORE, this.image, 40, false, false, true, ImageFacts.PRIVATE);

		assertRefused(SINGAPORE, "asset.fullServer");
	}

	@Test
	void registerWhenRebuiltFromMarketplaceImageThenRefused() {
		this.catalog.add(this.merchant, SINGAPORE, this.image, 40, false, false, false, ImageFacts.MARKETPLACE);

		assertRefused(SINGAPORE, "asset.notPrivate");
	}

	@Test
	void registerWhenRebuiltFromSharedImageThenRefused() {
		this.catalog.add(this.merchant, SINGAPORE, this.image, 40, false, false, false, ImageFacts.SHARED);

		assertRefused(SINGAPORE, "asset.notPrivate");
	}

	@Test
	void registerWhenImageFailsSeveralRulesThenTheFirstIsTheReason() {
		this.catalog.add(this.merchant, "cn-north-4", this.image, 500, true, true, true, ImageFacts.MARKETPLACE);

		assertRefused("cn-north-4", "asset.region");
	}

	@Test
	void registerWhenImageOfAnotherMerchantThenNotFoundAndNothingStored() {
		MerchantId other = newMerchant();
		this.catalog.add(other, this.image);

		assertThatThrownBy(() -> this.assets.register(this.merchant, SINGAPORE, this.image, actor(this.merchant)))
			.isInstanceOf(AssetRejected.class)
			.hasMessage("asset.notFound");
		assertThat(assetRows(this.image)).isZero();
	}

	@Test
	void registerWhenImageIsInAnotherRegionThenNotFoundAndNothingStored() {
		this.catalog.add(this.merchant, this.image);

		assertThatThrownBy(
				() -> this.assets.register(this.merchant, "ap-southeast-1", this.image, actor(this.merchant)))
			.isInstanceOf(AssetRejected.class)
			.hasMessage("asset.notFound");
		assertThat(assetRows(this.image)).isZero();
	}

	@Test
	void registerWhenAnotherMerchantHasTheImageAsAssetThenTakenAndNothingStored() {
		MerchantId other = newMerchant();
		this.catalog.add(other, this.image);
		this.catalog.add(this.merchant, this.image);
		this.assets.register(other, SINGAPORE, this.image, actor(other));

		assertThatThrownBy(() -> this.assets.register(this.merchant, SINGAPORE, this.image, actor(this.merchant)))
			.isInstanceOf(AssetRejected.class)
			.hasMessage("asset.taken");
		assertThat(assetRows(this.image)).isOne();
		assertThat(this.jdbc.queryForObject("SELECT merchant_id FROM image_asset WHERE image_id = ?", Long.class,
				this.image))
			.isEqualTo(other.value());
	}

	@Test
	void registerWhenImageIsAnAssetAlreadyThenTaken() {
		this.catalog.add(this.merchant, this.image);
		this.assets.register(this.merchant, SINGAPORE, this.image, actor(this.merchant));

		assertThatThrownBy(() -> this.assets.register(this.merchant, SINGAPORE, this.image, actor(this.merchant)))
			.isInstanceOf(AssetRejected.class)
			.hasMessage("asset.taken");
		assertThat(assetRows(this.image)).isOne();
	}

	@Test
	void registerWhenRefusedBeforeThenTheNewVerdictReplacesTheOld() {
		this.catalog.add(this.merchant, SINGAPORE, this.image, 40, true, false, false, ImageFacts.PRIVATE);
		ImageAsset refused = this.assets.register(this.merchant, SINGAPORE, this.image, actor(this.merchant));
		this.jdbc.update("UPDATE image_catalog SET shared = FALSE WHERE image_id = ?", this.image);

		ImageAsset accepted = this.assets.register(this.merchant, SINGAPORE, this.image, actor(this.merchant));

		assertThat(refused.accepted()).isFalse();
		assertThat(accepted.accepted()).isTrue();
		assertThat(assetRows(this.image)).isOne();
		assertThat(this.assets.find(this.merchant, refused.id())).isEmpty();
	}

	@Test
	void deleteWhenUnlockedThenGoneAndAudited() {
		this.catalog.add(this.merchant, this.image);
		ImageAsset asset = this.assets.register(this.merchant, SINGAPORE, this.image, actor(this.merchant));

		this.assets.delete(main(this.merchant), asset.id(), actor(this.merchant));

		assertThat(assetRows(this.image)).isZero();
		assertThat(audited("ASSET_DELETED")).contains("\"status\":\"ACCEPTED\"");
	}

	@Test
	void deleteWhenLockedThenRefusedAndKept() {
		this.catalog.add(this.merchant, this.image);
		ImageAsset asset = this.assets.register(this.merchant, SINGAPORE, this.image, actor(this.merchant));
		this.assets.lock(this.merchant, asset.id());

		assertThatThrownBy(() -> this.assets.delete(main(this.merchant), asset.id(), actor(this.merchant)))
			.isInstanceOf(AssetRejected.class)
			.hasMessage("asset.locked");
		assertThat(assetRows(this.image)).isOne();
	}

	@Test
	void deleteWhenAssetOfAnotherMerchantThenNotFoundAndKept() {
		MerchantId other = newMerchant();
		this.catalog.add(other, this.image);
		ImageAsset theirs = this.assets.register(other, SINGAPORE, this.image, actor(other));

		assertThatThrownBy(() -> this.assets.delete(main(this.merchant), theirs.id(), actor(this.merchant)))
			.isInstanceOf(AssetRejected.class)
			.hasMessage("asset.notFound");
		assertThat(assetRows(this.image)).isOne();
	}

	/** The main account of that merchant, as the product rules see it. */
	private static io.sellercenter.product.Viewer main(MerchantId merchant) {
		return new io.sellercenter.product.Viewer(merchant, null, java.time.LocalDateTime.now());
	}

	@Test
	void lockIsIdempotentAndJoinsTheCallersTransaction() {
		this.catalog.add(this.merchant, this.image);
		ImageAsset asset = this.assets.register(this.merchant, SINGAPORE, this.image, actor(this.merchant));
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);

		transaction.executeWithoutResult((status) -> {
			this.assets.lock(this.merchant, asset.id());
			this.assets.lock(this.merchant, asset.id());
			status.setRollbackOnly();
		});
		assertThat(this.assets.isLocked(this.merchant, asset.id())).as("rolled back with the caller").isFalse();

		transaction.executeWithoutResult((status) -> {
			this.assets.lock(this.merchant, asset.id());
			this.assets.lock(this.merchant, asset.id());
		});
		assertThat(this.assets.isLocked(this.merchant, asset.id())).isTrue();
		assertThat(row(asset.id()).get("locked_at")).isNotNull();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE action = 'ASSET_LOCKED' AND target_id = ?", Integer.class,
				this.image))
			.isOne();
	}

	@Test
	void lockWhenRefusedOrAnotherMerchantsThenRejected() {
		this.catalog.add(this.merchant, SINGAPORE, this.image, 40, false, true, false, ImageFacts.PRIVATE);
		ImageAsset refused = this.assets.register(this.merchant, SINGAPORE, this.image, actor(this.merchant));
		MerchantId other = newMerchant();

		assertThatThrownBy(() -> this.assets.lock(this.merchant, refused.id())).isInstanceOf(AssetRejected.class)
			.hasMessage("asset.notAccepted");
		assertThatThrownBy(() -> this.assets.lock(other, refused.id())).isInstanceOf(AssetRejected.class)
			.hasMessage("asset.notFound");
		assertThat(row(refused.id())).containsEntry("locked", false);
	}

	@Test
	void listFindAndAcceptedShowOnlyTheMerchantsOwnAssets() {
		String refusedImage = newImageId();
		this.catalog.add(this.merchant, this.image);
		this.catalog.add(this.merchant, SINGAPORE, refusedImage, 300, false, false, false, ImageFacts.PRIVATE);
		ImageAsset accepted = this.assets.register(this.merchant, SINGAPORE, this.image, actor(this.merchant));
		ImageAsset refused = this.assets.register(this.merchant, SINGAPORE, refusedImage, actor(this.merchant));
		MerchantId other = newMerchant();

		assertThat(this.assets.list(this.merchant, new PageRequest(1, 20)).items()).extracting(ImageAsset::id)
			.containsExactly(refused.id(), accepted.id());
		assertThat(this.assets.accepted(this.merchant)).extracting(ImageAsset::id).containsExactly(accepted.id());
		assertThat(this.assets.list(other, new PageRequest(1, 20)).total()).isZero();
		assertThat(this.assets.find(other, accepted.id())).isEmpty();
		assertThat(this.assets.accepted(other)).isEmpty();
		assertThat(this.assets.isLocked(other, accepted.id())).isFalse();
	}

	private void assertRefused(String region, String reason) {
		ImageAsset asset = this.assets.register(this.merchant, region, this.image, actor(this.merchant));

		assertThat(asset.status()).isEqualTo(AssetStatus.REFUSED);
		assertThat(asset.refusal()).isEqualTo(reason);
		Map<String, Object> row = row(asset.id());
		assertThat(row).containsEntry("merchant_id", this.merchant.value())
			.containsEntry("status", "REFUSED")
			.containsEntry("refusal", reason);
		assertThat(row.get("accepted_marker")).isNull();
		assertThat(audited("ASSET_REGISTERED")).contains("\"refusal\":\"" + reason + "\"");
	}

	private Map<String, Object> row(long id) {
		return this.jdbc.queryForMap("SELECT * FROM image_asset WHERE id = ?", id);
	}

	private int assetRows(String imageId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM image_asset WHERE image_id = ?", Integer.class, imageId);
	}

	private String audited(String action) {
		return this.jdbc.queryForObject(
				"SELECT COALESCE(after_value, before_value) FROM audit_log WHERE action = ? AND target_id = ?"
						+ " ORDER BY id DESC LIMIT 1",
				String.class, action, this.image);
	}

	private MerchantId newMerchant() {
		String domain = "t-asset-" + UUID.randomUUID().toString().substring(0, 8);
		return this.merchants.findOrCreate(domain, domain).merchantId();
	}

	private static String newImageId() {
		return "img-" + UUID.randomUUID();
	}

	private static Actor actor(MerchantId merchant) {
		return new Actor(7L, "main", merchant, "127.0.0.1");
	}

}

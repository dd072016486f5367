package io.sellercenter.asset;

import java.time.LocalDateTime;

import io.sellercenter.asset.AssetMapper.NewAsset;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.MapperTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The asset statements on Acme's and Globex's rows (demo data); every test rolls back.
 */
@MapperTest
class AssetMapperTests {

	@Autowired
	AssetMapper assets;

	@Autowired
	ImageCatalogMapper catalog;

	@Autowired
	JdbcTemplate jdbc;

	MerchantId acme;

	MerchantId globex;

	@BeforeEach
	void merchants() {
		this.acme = merchant("acme");
		this.globex = merchant("globex");
	}

	@Test
	void anotherMerchantsAssetIsNeitherFoundNorDeletedNorLocked() {
		long redis = assetId("img-acme-redis");

		assertThat(this.assets.find(this.globex, redis)).isEmpty();
		assertThat(this.assets.deleteUnlocked(this.globex, redis)).isZero();
		assertThat(this.assets.lock(this.globex, redis, LocalDateTime.now())).isZero();
		assertThat(this.assets.deleteRefused(this.globex, "img-acme-vault")).isZero();

		assertThat(this.jdbc.queryForMap("SELECT locked FROM image_asset WHERE id = ?", redis)).containsEntry("locked",
				false);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM image_asset WHERE image_id IN (?, ?)", Integer.class,
				"img-acme-redis", "img-acme-vault"))
			.isEqualTo(2);
	}

	@Test
	void listsHoldOnlyTheMerchantsOwnAssets() {
		assertThat(this.assets.findPage(this.globex, 100, 0)).extracting(ImageAsset::imageId)
			.containsExactly("img-globex-analytics");
		assertThat(this.assets.count(this.globex)).isOne();
		assertThat(this.assets.findAccepted(this.acme)).extracting(ImageAsset::imageId)
			.containsExactly("img-acme-redis", "img-acme-wordpress");
	}

	@Test
	void demoAssetsReadAsTheyWereStored() {
		ImageAsset wordpress = this.assets.find(this.acme, assetId("img-acme-wordpress")).orElseThrow();
		ImageAsset vault = this.assets.find(this.acme, assetId("img-acme-vault")).orElseThrow();

		assertThat(wordpress.name()).isEqualTo("Acme WordPress 6.4 on Ubuntu 22.04");
		assertThat(wordpress.region()).isEqualTo("ap-southeast-3");
		assertThat(wordpress.accepted()).isTrue();
		assertThat(wordpress.locked()).isTrue();
		assertThat(wordpress.lockedAt()).isNotNull();
		assertThat(vault.status()).isEqualTo(AssetStatus.REFUSED);
		assertThat(vault.refusal()).isEqualTo("asset.encrypted");
		assertThat(vault.locked()).isFalse();
	}

	@Test
	void catalogueAnswersOnlyForTheMerchantsOwnImagesInThatRegion() {
		assertThat(this.catalog.find(this.acme, "ap-southeast-3", "img-acme-nginx")).get()
			.extracting(ImageFacts::sizeGb, ImageFacts::shared, ImageFacts::source)
			.containsExactly(20, false, ImageFacts.PRIVATE);
		assertThat(this.catalog.find(this.globex, "ap-southeast-3", "img-acme-nginx")).isEmpty();
		assertThat(this.catalog.find(this.acme, "ap-southeast-1", "img-acme-nginx")).isEmpty();
	}

	@Test
	void anImageIsOneAcceptedAssetAcrossMerchantsWhileRefusalsMayRepeat() {
		this.assets.insert(this.acme, asset("img-race", AssetStatus.REFUSED));
		this.assets.insert(this.globex, asset("img-race", AssetStatus.REFUSED));
		this.assets.insert(this.globex, asset("img-other", AssetStatus.ACCEPTED));
		assertThat(this.assets.acceptedAnywhere("img-race")).isFalse();

		this.jdbc.update("DELETE FROM image_asset WHERE merchant_id = ? AND image_id = 'img-race'", this.acme.value());
		this.assets.insert(this.acme, asset("img-race", AssetStatus.ACCEPTED));
		assertThat(this.assets.acceptedAnywhere("img-race")).isTrue();
		this.jdbc.update("DELETE FROM image_asset WHERE merchant_id = ? AND image_id = 'img-race'",
				this.globex.value());
		assertThatThrownBy(() -> this.assets.insert(this.globex, asset("img-race", AssetStatus.ACCEPTED)))
			.isInstanceOf(DuplicateKeyException.class);
	}

	private NewAsset asset(String imageId, AssetStatus status) {
		NewAsset asset = new NewAsset();
		asset.imageId = imageId;
		asset.region = "ap-southeast-3";
		asset.name = imageId;
		asset.sizeGb = 10;
		asset.osType = "Linux";
		asset.status = status;
		asset.refusal = (status == AssetStatus.REFUSED) ? "asset.shared" : null;
		asset.createdAt = LocalDateTime.now();
		return asset;
	}

	private long assetId(String imageId) {
		return this.jdbc.queryForObject("SELECT id FROM image_asset WHERE image_id = ?", Long.class, imageId);
	}

	private MerchantId merchant(String domainId) {
		return new MerchantId(
				this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domainId));
	}

}

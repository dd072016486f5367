package io.sellercenter.asset;

import java.util.UUID;

import io.sellercenter.security.TestUsers;
import io.sellercenter.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The image asset pages, signed in as Acme's users. Registrations use images of their
 * own, added to Acme's catalogue here, so the demo images stay unregistered for the
 * journeys.
 */
@PortalTest
class AssetPagesTests {

	private static final String SINGAPORE = "ap-southeast-3";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listShowsTheMerchantsAssetsWithTheirVerdictsAndNothingOfOthers() throws Exception {
		this.mvc.perform(get("/assets").with(users().as("acme-admin")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Acme WordPress 6.4 on Ubuntu 22.04")))
			.andExpect(content().string(containsString("AP-Singapore")))
			.andExpect(content().string(containsString("Locked")))
			.andExpect(content().string(containsString("The image is encrypted.")))
			.andExpect(content().string(not(containsString("img-globex-analytics"))));
	}

	@Test
	void listInChineseByDefault() throws Exception {
		this.mvc.perform(get("/assets").with(users().as("acme-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("镜像资产")))
			.andExpect(content().string(containsString("镜像已加密")));
	}

	@Test
	void registerWhenImagePassesEveryRuleThenAcceptedBySubUserWithProductsMenu() throws Exception {
		String image = catalogImage(40);

		this.mvc
			.perform(post("/assets").param("region", SINGAPORE)
				.param("imageId", " " + image + " ")
				.with(users().as("acme-ops"))
				.with(csrf()))
			.andExpect(redirectedUrl("/assets"))
			.andExpect(flash().attribute("message", "assets.accepted"));

		assertThat(this.jdbc.queryForMap("""
				SELECT a.status, u.user_name FROM image_asset a JOIN portal_user u ON u.id = a.created_by
				WHERE a.image_id = ?""", image)).containsEntry("status", "ACCEPTED")
			.containsEntry("user_name", "acme-ops");
	}

	@Test
	void registerWhenImageFailsARuleThenStoredAsRefusedAndTheReasonShown() throws Exception {
		String image = catalogImage(200);

		MockHttpServletResponse registered = this.mvc
			.perform(post("/assets").param("region", SINGAPORE)
				.param("imageId", image)
				.with(users().as("acme-admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/assets"))
			.andExpect(flash().attribute("refusal", "asset.tooLarge"))
			.andExpect(flash().attribute("refusedImage", image))
			.andReturn()
			.getResponse();
		assertThat(this.jdbc.queryForObject("SELECT refusal FROM image_asset WHERE image_id = ?", String.class, image))
			.isEqualTo("asset.tooLarge");

		// The flash attributes live in the session (Spring Session), which its cookie
		// names.
		this.mvc
			.perform(get("/assets").cookie(registered.getCookie("SESSION"))
				.with(users().as("acme-admin"))
				.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Image " + image + " is registered, but no image product")))
			.andExpect(content().string(containsString("The image is larger than 128 GB.")));
	}

	@Test
	void registerWhenImageOfAnotherMerchantThenTheFormSaysSoAndNothingIsStored() throws Exception {
		this.mvc
			.perform(post("/assets").param("region", "sa-brazil-1")
				.param("imageId", "img-globex-analytics")
				.with(users().as("acme-admin"))
				.with(csrf())
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your account has no image with this ID in that region.")));
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM image_asset a JOIN merchant m ON m.id = a.merchant_id
				WHERE m.domain_id = 'acme' AND a.image_id = 'img-globex-analytics'""", Integer.class)).isZero();
	}

	@Test
	void registerWhenImageIdMalformedThenTheFormSaysSo() throws Exception {
		this.mvc
			.perform(post("/assets").param("region", SINGAPORE)
				.param("imageId", "not an id!")
				.with(users().as("acme-admin"))
				.with(csrf())
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Letters, digits, dot, dash and underscore")));
	}

	@Test
	void formOffersSupportedAndOtherRegions() throws Exception {
		this.mvc.perform(get("/assets/new").with(users().as("acme-admin")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("LA-Sao Paulo1")))
			.andExpect(content().string(containsString("CN North-Beijing4")))
			.andExpect(content().string(containsString("At most 128 GB.")));
	}

	@Test
	void deleteWhenUnlockedThenGone() throws Exception {
		long asset = registeredAsset();

		this.mvc.perform(post("/assets/{id}/delete", asset).with(users().as("acme-admin")).with(csrf()))
			.andExpect(redirectedUrl("/assets"))
			.andExpect(flash().attribute("message", "assets.deleted"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM image_asset WHERE id = ?", Integer.class, asset))
			.isZero();
	}

	@Test
	void deleteWhenLockedThenKeptAndTheMerchantTold() throws Exception {
		long asset = registeredAsset();
		this.jdbc.update("UPDATE image_asset SET locked = TRUE, locked_at = UTC_TIMESTAMP(6) WHERE id = ?", asset);

		this.mvc.perform(post("/assets/{id}/delete", asset).with(users().as("acme-admin")).with(csrf()))
			.andExpect(redirectedUrl("/assets"))
			.andExpect(flash().attribute("error", "asset.locked"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM image_asset WHERE id = ?", Integer.class, asset))
			.isOne();
	}

	@Test
	void deleteWhenAnotherMerchantsAssetThenNotFound() throws Exception {
		long asset = registeredAsset();

		this.mvc.perform(post("/assets/{id}/delete", asset).with(users().as("globex-admin")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM image_asset WHERE id = ?", Integer.class, asset))
			.isOne();
	}

	@Test
	void subUserCannotDeleteAnAssetAProductTheyDoNotManageIsBuiltOn() throws Exception {
		long asset = registeredAsset();
		// A draft of a new image product of the main account's, built on the asset.
		applicationOn(asset, null);

		this.mvc.perform(post("/assets/{id}/delete", asset).with(users().as("acme-ops")).with(csrf()))
			.andExpect(redirectedUrl("/assets"))
			.andExpect(flash().attribute("error", "asset.notYours"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM image_asset WHERE id = ?", Integer.class, asset))
			.isOne();
	}

	@Test
	void subUserDeletesAnAssetOnlyProductsTheyManageAreBuiltOn() throws Exception {
		long unused = registeredAsset();
		this.mvc.perform(post("/assets/{id}/delete", unused).with(users().as("acme-ops")).with(csrf()))
			.andExpect(flash().attribute("message", "assets.deleted"));

		long asset = registeredAsset();
		// acme-ops has MANAGE on WordPress One-Click (demo data).
		applicationOn(asset,
				this.jdbc.queryForObject("SELECT id FROM product WHERE name_en = 'WordPress One-Click'", Long.class));
		this.mvc.perform(post("/assets/{id}/delete", asset).with(users().as("acme-ops")).with(csrf()))
			.andExpect(flash().attribute("message", "assets.deleted"));
	}

	private void applicationOn(long asset, Long productId) {
		this.jdbc.update("""
				INSERT INTO product_application (merchant_id, product_id, type, kind, status, name_zh, content,
				                                 created_by, created_at, updated_at)
				SELECT m.id, ?, 'IMAGE', ?, 'DRAFT', '资产测试', JSON_OBJECT('assetId', ?), u.id,
				       UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
				FROM merchant m JOIN portal_user u ON u.merchant_id = m.id AND u.user_name = 'acme-admin'
				WHERE m.domain_id = 'acme'
				""", productId, (productId == null) ? "CREATE" : "CHANGE", asset);
	}

	@Test
	void subUserWithoutTheProductsMenuIsRefused() throws Exception {
		this.mvc.perform(get("/assets").with(users().as("acme-support"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/assets").with(users().as("acme-ops"))).andExpect(status().isOk());
	}

	@Test
	void navigationShowsImageAssetsOnlyWithTheProductsMenu() throws Exception {
		this.mvc.perform(get("/").with(users().as("acme-ops")))
			.andExpect(content().string(containsString("data-testid=\"nav-assets\"")));
		this.mvc.perform(get("/").with(users().as("acme-support")))
			.andExpect(content().string(not(containsString("data-testid=\"nav-assets\""))));
	}

	/** A new image in Acme's cloud account, in Singapore. */
	private String catalogImage(int sizeGb) {
		String image = "img-test-" + UUID.randomUUID().toString().substring(0, 13);
		this.jdbc.update("""
				INSERT INTO image_catalog (merchant_id, region, image_id, name, size_gb, source, os_type)
				SELECT id, ?, ?, ?, ?, 'PRIVATE', 'Linux' FROM merchant WHERE domain_id = 'acme'
				""", SINGAPORE, image, "Test image " + image, sizeGb);
		return image;
	}

	/** An accepted asset of Acme's, registered through the page. */
	private long registeredAsset() throws Exception {
		String image = catalogImage(40);
		this.mvc
			.perform(post("/assets").param("region", SINGAPORE)
				.param("imageId", image)
				.with(users().as("acme-admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/assets"));
		return this.jdbc.queryForObject("SELECT id FROM image_asset WHERE image_id = ?", Long.class, image);
	}

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

}

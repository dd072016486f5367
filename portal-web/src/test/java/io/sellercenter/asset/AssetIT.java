package io.sellercenter.asset;

import io.sellercenter.asset.AssetPages.AssetList;
import io.sellercenter.asset.AssetPages.RegisterForm;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class AssetIT extends BrowserJourney {

	@Autowired
	JdbcTemplate jdbc;

	/** Other journeys may register Acme's demo images again. */
	@AfterEach
	void unregisterDemoImages() {
		this.jdbc.update("DELETE FROM image_asset WHERE image_id IN ('img-acme-nginx', 'img-acme-huge')");
	}

	@Test
	void merchantRegistersAnImageThatPassesAndOneThatIsTooLarge() {
		Pages.signIn(this.page, portal(""), "acme-admin");
		AssetList assets = AssetList.open(this.page);
		assertThat(assets.row("img-acme-wordpress")).containsText("Locked");
		assertThat(assets.row("img-acme-vault")).containsText("The image is encrypted.");

		assets = assets.register().enter("AP-Singapore", "img-acme-nginx").submit();
		assertThat(assets.flash()).containsText("Image registered");
		assertThat(assets.row("img-acme-nginx")).containsText("Accepted");
		assertThat(assets.row("img-acme-nginx")).containsText("Acme NGINX 1.25 on Debian 12");

		assets = assets.register().enter("AP-Singapore", "img-acme-huge").submit();
		assertThat(assets.refusal()).containsText("img-acme-huge");
		assertThat(assets.refusal()).containsText("The image is larger than 128 GB.");
		assertThat(assets.row("img-acme-huge")).containsText("Refused");
		assertThat(assets.row("img-acme-huge")).containsText("The image is larger than 128 GB.");
		screenshot("assets");

		assets = assets.delete("img-acme-huge");
		assertThat(assets.flash()).containsText("Image asset deleted.");
		assertThat(assets.row("img-acme-huge")).hasCount(0);
		assertThat(this.page.getByTestId("delete-img-acme-wordpress")).hasCount(0);
	}

	@Test
	void anImageOfAnotherRegionIsNotFound() {
		Pages.signIn(this.page, portal(""), "acme-admin");
		RegisterForm form = AssetList.open(this.page).register().enter("AP-Bangkok", "img-acme-nginx").submitRejected();

		assertThat(form.imageIdError()).hasText("Your account has no image with this ID in that region.");
		screenshot("assets-register");
	}

}

package io.sellercenter.asset;

import io.sellercenter.testsupport.Pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Page objects of the image asset pages, selected by label and data-testid. */
final class AssetPages {

	private AssetPages() {
	}

	/** The list of image assets. */
	record AssetList(Page page) {

		AssetList {
			assertThat(page.getByTestId("asset-table")).isVisible();
		}

		static AssetList open(Page page) {
			page.getByTestId("nav-assets").click();
			return new AssetList(page);
		}

		Locator row(String imageId) {
			return this.page.getByTestId("asset-" + imageId);
		}

		Locator refusal() {
			return this.page.getByTestId("refusal");
		}

		Locator flash() {
			return this.page.getByTestId("flash");
		}

		RegisterForm register() {
			this.page.getByTestId("register-asset").click();
			return new RegisterForm(this.page);
		}

		AssetList delete(String imageId) {
			this.page.getByTestId("delete-" + imageId).click();
			org.assertj.core.api.Assertions.assertThat(Pages.confirm(this.page)).contains(imageId);
			return new AssetList(this.page);
		}

	}

	/** Registering an image: region by its name, image id. */
	record RegisterForm(Page page) {

		RegisterForm {
			assertThat(page.getByTestId("asset-form")).isVisible();
		}

		RegisterForm enter(String regionName, String imageId) {
			this.page.getByLabel("Region").selectOption(new SelectOption().setLabel(regionName));
			this.page.getByLabel("Image ID").fill(imageId);
			return this;
		}

		/** Submits an image the portal finds: back to the list, accepted or refused. */
		AssetList submit() {
			this.page.getByTestId("save-asset").click();
			return new AssetList(this.page);
		}

		/** Submits an image the portal does not take at all: the form again. */
		RegisterForm submitRejected() {
			this.page.getByTestId("save-asset").click();
			return new RegisterForm(this.page);
		}

		Locator imageIdError() {
			return this.page.getByTestId("image-id-error");
		}

	}

}

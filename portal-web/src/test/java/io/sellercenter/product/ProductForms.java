package io.sellercenter.product;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Page object of the publish form and the product pages, as a merchant uses them. */
record ProductForms(Page page) {

	static final FilePayload LOGO = new FilePayload("logo.png", "image/png",
			new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 });

	static final FilePayload PDF = new FilePayload("guide.pdf", "application/pdf",
			"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

	static FilePayload workbook(String name) {
		try (InputStream in = ProductForms.class.getResourceAsStream("/datafile/" + name)) {
			return new FilePayload(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * From My products: the empty form of that type (its value in the type list); the
	 * draft is created when it is first saved.
	 */
	ProductForms startNew(String portal, String type) {
		this.page.navigate(portal + "/products");
		this.page.getByLabel("Product type").selectOption(type);
		this.page.getByTestId("new-product").click();
		assertThat(this.page.getByTestId("application-form")).isVisible();
		return this;
	}

	ProductForms basics(String nameZh, String nameEn, String category) {
		this.page.getByLabel("Name (Chinese)").fill(nameZh);
		this.page.getByLabel("Name (English)").fill(nameEn);
		this.page.getByLabel("Summary").fill(nameEn + " in one line.");
		this.page.getByLabel("Description").fill("What " + nameEn + " does, for whom, and how it is delivered.");
		this.page.locator("#category").selectOption(category);
		this.page.getByLabel("Chinese mainland").check();
		this.page.locator("#logoFile").setInputFiles(LOGO);
		this.page.getByLabel("Support phone").fill("+86 755 8888 0100");
		this.page.getByLabel("Support e-mail").fill("support@acme.example");
		this.page.getByLabel("Service hours").fill("9:00-18:00, Mon-Fri");
		return this;
	}

	ProductForms version(String version) {
		this.page.getByLabel("Version").fill(version);
		return this;
	}

	ProductForms spec(int row, String nameZh, String nameEn, String mode, String price, String corePrices) {
		Locator r = this.page.getByTestId("spec-row-" + row);
		r.getByLabel("Name (zh)").fill(nameZh);
		r.getByLabel("Name (en)").fill(nameEn);
		r.getByLabel("Charging").selectOption(new SelectOption().setValue(mode));
		if (price != null) {
			r.getByLabel("Price", new Locator.GetByLabelOptions().setExact(true)).fill(price);
		}
		if (corePrices != null) {
			// "2:50.00, 4:90.00": a row of the per-core table each.
			String[] pairs = corePrices.split(",");
			for (int i = 0; i < pairs.length; i++) {
				if (i > 0) {
					r.getByTestId("add-core").click();
				}
				String[] pair = pairs[i].split(":");
				r.getByLabel("CPU cores", new Locator.GetByLabelOptions().setExact(true)).nth(i).fill(pair[0].strip());
				r.getByLabel("Price at this core count").nth(i).fill(pair[1].strip());
			}
		}
		return this;
	}

	/** Adds an empty spec row (the script's button); the new row's number. */
	int addSpec() {
		this.page.getByTestId("add-spec").click();
		return specs().count();
	}

	void removeSpec(int row) {
		specs().nth(row - 1).getByTestId("remove-spec").click();
	}

	/** The spec rows the form shows. */
	Locator specs() {
		return this.page.locator("[data-spec-rows] > [data-spec]");
	}

	void saveDraft() {
		this.page.getByTestId("save-draft").click();
	}

	void submit() {
		this.page.getByTestId("submit-application").click();
	}

}

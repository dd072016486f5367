package io.sellercenter.product;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.sellercenter.testsupport.Browser;
import io.sellercenter.testsupport.BrowserJourney;
import io.sellercenter.testsupport.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publish form in Chromium (issue 13): spec rows and per-core rows added and removed
 * by the form's script, the form of each type empty and with errors, in both languages at
 * desk and phone width.
 */
class PublishFormIT extends BrowserJourney {

	private static final List<String> TYPES = List.of("IMAGE", "CONSULTING", "DATA_FILE", "SAAS");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void specRowsAddedAndRemovedInTheBrowserAndThreeSpecsSubmitted() {
		Pages.signIn(this.page, portal(""), "acme-admin");
		long before = applications();
		ProductForms form = new ProductForms(this.page).startNew(portal(""), "IMAGE");
		assertThat(this.page.getByTestId("not-saved-yet")).isVisible();
		assertThat(applications()).as("opening the form stores nothing").isEqualTo(before);
		assertThat(form.specs()).hasCount(1);

		assertThat(form.addSpec()).isEqualTo(2);
		assertThat(form.addSpec()).isEqualTo(3);
		assertThat(form.addSpec()).isEqualTo(4);
		assertThat(this.page.locator("#specs-3-nameZh")).isFocused();
		form.spec(2, "删掉", "Removed", "MONTHLY", "1.00", null);
		form.removeSpec(2);
		assertThat(form.specs()).hasCount(3);
		assertThat(form.specs().nth(1).getByLabel("Name (en)")).hasValue("");
		assertThat(form.specs().nth(2)).hasAttribute("data-testid", "spec-row-3");
		assertThat(form.specs().nth(2).getByLabel("Name (zh)")).hasAttribute("name", "specs[2].nameZh");
		assertThat(form.specs().nth(2).locator("legend")).containsText("Spec 3");

		form.basics("三个规格", "Three Specs", "WEBSITE").version("1.0");
		this.page.locator("#assetId")
			.selectOption(
					new SelectOption().setLabel("Acme Redis 7.2 on Ubuntu 22.04 (img-acme-redis, ap-southeast-1)"));
		this.page.locator("#userGuideFile").setInputFiles(ProductForms.PDF);
		form.spec(1, "标准版", "Standard", "MONTHLY", null, "2:60.00, 8:200.00, 4:110.00");
		// The second core row goes again: 2 and 4 cores stay.
		Locator first = form.specs().nth(0);
		first.locator("[data-core-row]").nth(1).getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
		assertThat(first.locator("[data-core-row]")).hasCount(2);
		Locator fourCores = first.getByLabel("CPU cores", new Locator.GetByLabelOptions().setExact(true)).nth(1);
		assertThat(fourCores).hasValue("4");
		assertThat(fourCores).hasAttribute("name", "specs[0].cores[1].cores");
		form.spec(2, "包年版", "Yearly", "YEARLY", "999.00", null);
		form.spec(3, "按次", "Per use", "PER_USE", "0.50", null);
		form.saveDraft();

		assertThat(this.page.getByTestId("flash")).isVisible();
		assertThat(applications()).as("created by the first save").isEqualTo(before + 1);
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*/products/applications/" + newest()));
		// Three specs and an empty row.
		assertThat(form.specs()).hasCount(4);
		assertThat(this.page.locator("#specs-0-cores-1-cores")).hasValue("4");
		shots("form-image-three-specs");

		form.submit();
		assertThat(this.page.getByTestId("under-review")).isVisible();
		assertThat(this.jdbc.queryForList(
				"""
						SELECT JSON_UNQUOTE(JSON_EXTRACT(content, '$.specs[0].nameEn')) FROM product_application WHERE id = ?
						UNION ALL SELECT JSON_UNQUOTE(JSON_EXTRACT(content, '$.specs[1].nameEn')) FROM product_application WHERE id = ?
						UNION ALL SELECT JSON_UNQUOTE(JSON_EXTRACT(content, '$.specs[2].nameEn')) FROM product_application WHERE id = ?
						UNION ALL SELECT JSON_LENGTH(content, '$.specs') FROM product_application WHERE id = ?""",
				String.class, newest(), newest(), newest(), newest()))
			.containsExactly("Standard", "Yearly", "Per use", "3");
		assertThat(this.jdbc.queryForObject(
				"SELECT JSON_UNQUOTE(JSON_EXTRACT(content, '$.specs[0].corePrices')) FROM product_application WHERE id = ?",
				String.class, newest()))
			.isEqualTo("2:60.00, 4:110.00");
		assertThat(this.page.getByTestId("spec-table")).containsText("2 cores 60.00 / 4 cores 110.00 CNY");
		shots("form-image-submitted");
	}

	@Test
	void eachTypeEmptyAndWithEveryErrorAtOnce() {
		Pages.signIn(this.page, portal(""), "acme-admin");
		for (String type : TYPES) {
			this.page.navigate(portal("/products/new?type=" + type));
			assertThat(this.page.getByTestId("application-form")).isVisible();
			shots("form-" + type.toLowerCase() + "-empty");
			shotsAfter("form-" + type.toLowerCase() + "-errors", (p) -> {
				p.navigate(portal("/products/new?type=" + type));
				p.getByTestId("submit-application").click();
				assertThat(p.getByTestId("form-errors")).isFocused();
			});
		}

		this.page.navigate(portal("/products/new?type=DATA_FILE"));
		assertThat(this.page.locator("[data-spec-rows] option[value=ONE_TIME]")).hasCount(0);
		this.page.getByLabel("Name (Chinese)").fill("错误很多");
		this.page.locator("#logoFile")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("logo.png", "image/png",
					"<svg onload=alert(1)>".getBytes()));
		this.page.locator("#dataItemsFile").setInputFiles(ProductForms.workbook("data-items-bad-row.xlsx"));
		this.page.getByTestId("submit-application").click();

		Locator summary = this.page.getByTestId("form-errors");
		assertThat(summary).isFocused();
		assertThat(summary).containsText("Logo: The file's content is not of an allowed type.");
		assertThat(summary).containsText("Data-item file: The workbook has errors");
		assertThat(summary).containsText("Name (English): Required.");
		assertThat(summary).containsText("Data-rights registration certificate: Required.");
		assertThat(this.page.getByTestId("data-item-errors")).containsText("Row 3, column B");
		assertThat(this.page.getByTestId("error-logo")).isVisible();
		summary.getByText("Name (English): Required.").click();
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*#nameEn$"));
		screenshot("form-data-file-all-errors");
	}

	@Test
	void theDataItemTemplateIsADownload() {
		Pages.signIn(this.page, portal(""), "acme-admin");
		this.page.navigate(portal("/products/new?type=DATA_FILE"));
		var download = this.page.waitForDownload(() -> this.page.getByTestId("data-items-template").click());
		assertThat(download.suggestedFilename()).isEqualTo("data-items-template-en.xlsx");
		this.page.navigate(portal("/products/new?type=DATA_FILE&lang=zh-CN"));
		assertThat(this.page.getByTestId("data-items-template")).hasText("下载模板（.xlsx）");
		download = this.page.waitForDownload(() -> this.page.getByTestId("data-items-template").click());
		assertThat(download.suggestedFilename()).isEqualTo("data-items-template-zh.xlsx");
	}

	/**
	 * Like {@link #shots(String)} for a page that only an action shows (an answer to a
	 * POST): the action is done again in each language and width.
	 */
	private void shotsAfter(String name, Consumer<Page> action) {
		String state = this.page.context().storageState();
		for (String lang : List.of("en", "zh-CN")) {
			for (int width : new int[] { 1366, 390 }) {
				try (BrowserContext context = Browser.chromium()
					.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale(lang)
						.setViewportSize(width, 860)
						.setStorageState(state))) {
					context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("portal-lang"));
					Page copy = context.newPage();
					action.accept(copy);
					copy.screenshot(new Page.ScreenshotOptions().setFullPage(true)
						.setPath(Path.of("target", "screenshots", "shots",
								name + "-" + lang.substring(0, 2) + "-" + width + ".png")));
				}
			}
		}
	}

	private long applications() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM product_application a JOIN merchant m"
				+ " ON m.id = a.merchant_id WHERE m.domain_id = 'acme'", Long.class);
	}

	private long newest() {
		return this.jdbc.queryForObject("SELECT MAX(a.id) FROM product_application a JOIN merchant m"
				+ " ON m.id = a.merchant_id WHERE m.domain_id = 'acme'", Long.class);
	}

}

package io.sellercenter.review;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.Cookie;

import io.sellercenter.file.FileService;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.AccountType;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.user.Identity;
import io.sellercenter.user.UserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The operators' review pages say what a request is in the reader's words: values from
 * the bundles instead of the codes they are stored as, uploaded images shown, and a queue
 * that names each request's subject and due date and finds a merchant's requests.
 */
@PortalTest
class ReviewPagesTests {

	/** A code as stored, where the page must show a word. */
	private static final String CODES = ".*\\b(IMAGE|WEBSITE|MONTHLY|PER_USE|CN|HK|true|false|GENERAL|PRODUCT)\\b.*";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FileService files;

	@Autowired
	ReviewService reviews;

	@Autowired
	UserService users;

	ReviewFixtures world;

	@BeforeEach
	void world() {
		this.users.signIn(new Identity("u-mkt-reviewer", "marketplace", "Marketplace", "mkt-reviewer",
				AccountType.OPERATOR, "Mia Reviewer", "mkt-reviewer@marketplace.example"));
		this.world = ReviewFixtures.create(this.jdbc, this.files, this.reviews);
	}

	@Test
	void productChangeShowsWordsInsteadOfCodesInEitherLanguage() throws Exception {
		Document en = page(review(this.world.productReview), "en");
		assertThat(cells(en, "type")).containsExactly("Image", "Image");
		assertThat(cells(en, "category")).containsExactly("Websites", "Websites");
		assertThat(cells(en, "salesRegions")).containsExactly("Chinese mainland",
				"Chinese mainland, Hong Kong (China)");
		assertThat(cells(en, "publicVisible")).containsExactly("No", "Yes");
		assertThat(cells(en, "spec.1")).containsExactly("标准版 / Standard · Monthly · 2 cores 50.00 CNY · On sale",
				"标准版 / Standard · Monthly · 2 cores 60.00 / 4 cores 110.00 CNY · On sale");
		assertThat(cells(en, "spec.2")).containsExactly("—", "按需 / On demand · Per use · 0.50 CNY · Off sale");
		assertThat(en.selectFirst("[data-testid=review-diff] tbody").text()).doesNotMatch(CODES);

		Document zh = page(review(this.world.productReview), "zh-CN");
		assertThat(cells(zh, "type")).containsExactly("镜像", "镜像");
		assertThat(cells(zh, "salesRegions")).containsExactly("中国大陆", "中国大陆、中国香港");
		assertThat(cells(zh, "publicVisible")).containsExactly("否", "是");
		assertThat(cells(zh, "spec.1").get(1)).isEqualTo("标准版 / Standard · 包月 · 2 核 60.00 / 4 核 110.00 CNY · 在售");
		assertThat(zh.selectFirst("[data-testid=review-diff] tbody").text()).doesNotMatch(CODES);
	}

	@Test
	void uploadedImagesArePreviewedAndOtherFilesDownloaded() throws Exception {
		Document en = page(review(this.world.productReview), "en");
		Element logo = en.selectFirst("[data-testid=field-logo] td.new img");
		assertThat(logo).as("the new logo, previewed").isNotNull();
		assertThat(logo.attr("src")).isEqualTo("/operator/files/" + this.world.logo);
		assertThat(logo.attr("alt")).isEqualTo("Logo (Submitted)");
		assertThat(logo.attr("data-testid")).isEqualTo("image-logo");
		assertThat(en.select("[data-testid=field-logo] td.old img")).isEmpty();

		Element guide = en.selectFirst("[data-testid=field-userGuide] td.new a");
		assertThat(guide.attr("href")).isEqualTo("/operator/files/" + this.world.userGuide);
		assertThat(guide.text()).contains("Download").contains("guide.pdf");
		assertThat(en.select("[data-testid=field-userGuide] img")).as("a PDF is not an image").isEmpty();

		MockHttpServletResponse image = this.mvc.perform(get(logo.attr("src")).with(users().as("mkt-reviewer")))
			.andReturn()
			.getResponse();
		assertThat(image.getStatus()).isEqualTo(200);
		assertThat(image.getContentType()).isEqualTo("image/png");

		Document zh = page(review(this.world.productReview), "zh-CN");
		assertThat(zh.selectFirst("[data-testid=image-logo]").attr("alt")).isEqualTo("Logo（提交值）");
	}

	@Test
	void profileChangeShowsTaxTypeInWordsAndTheNewLicenceAsAnImage() throws Exception {
		Document en = page(review(this.world.changeReview), "en");
		assertThat(cells(en, "taxType")).containsExactly("General taxpayer", "General taxpayer");
		assertThat(en.selectFirst("[data-testid=field-address]").hasClass("changed")).isTrue();
		Element licence = en.selectFirst("[data-testid=image-licence]");
		assertThat(licence.attr("src")).isEqualTo("/operator/files/" + this.world.newLicence);
		assertThat(licence.attr("alt")).isEqualTo("Business licence (Submitted)");
		Element old = en.selectFirst("[data-testid=field-licence] td.old a");
		assertThat(old.attr("href")).isEqualTo("/operator/files/" + this.world.oldLicence);
		assertThat(en.select("[data-testid=field-licence] td.old img")).isEmpty();

		Document zh = page(review(this.world.changeReview), "zh-CN");
		assertThat(cells(zh, "taxType")).containsExactly("一般纳税人", "一般纳税人");
	}

	@Test
	void delistingShowsItsScopeInWords() throws Exception {
		Document en = page(review(this.world.delistReview), "en");
		assertThat(cells(en, "productName").get(1)).isEqualTo("Old Image");
		assertThat(cells(en, "scope").get(1)).isEqualTo("The whole product");
		assertThat(cells(en, "specs").get(1)).isEqualTo("All specs");
		Document zh = page(review(this.world.delistReview), "zh-CN");
		assertThat(cells(zh, "productName").get(1)).isEqualTo("旧镜像");
		assertThat(cells(zh, "scope").get(1)).isEqualTo("整个商品");
	}

	@Test
	void queueNamesTheSubjectOfEachRequestInTheReadersLanguage() throws Exception {
		Document en = page(queue(this.world.name), "en");
		assertThat(subject(en, this.world.productReview)).isEqualTo("Test Image");
		assertThat(subject(en, this.world.changeReview)).isEqualTo("Registered address, Business licence");
		assertThat(subject(en, this.world.delistReview)).isEqualTo("Old Image");

		Document zh = page(queue(this.world.name), "zh-CN");
		assertThat(subject(zh, this.world.productReview)).isEqualTo("测试镜像");
		assertThat(subject(zh, this.world.changeReview)).isEqualTo("注册地址、营业执照");
		assertThat(subject(zh, this.world.delistReview)).isEqualTo("旧镜像");
	}

	@Test
	void queueShowsTheDueDateInTheReadersZoneAndFlagsOverdueRequests() throws Exception {
		this.world.times(this.world.productReview, LocalDateTime.of(2020, 1, 6, 2, 0),
				LocalDateTime.of(2020, 1, 9, 2, 0));
		ReviewRequest fresh = this.reviews.find(this.world.changeReview).orElseThrow();

		Document page = Jsoup.parse(this.mvc
			.perform(queue(this.world.name).with(users().as("mkt-reviewer"))
				.header("Accept-Language", "en")
				.cookie(new Cookie("portal-tz", "Asia/Shanghai")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.selectFirst("[data-testid=review-table] thead").text()).contains("Due (UTC+08:00)");
		assertThat(page.selectFirst("[data-testid=due-" + this.world.productReview + "]").text())
			.isEqualTo("2020-01-09 10:00 Overdue");
		assertThat(page.select("[data-testid=overdue-" + this.world.productReview + "]")).hasSize(1);
		// Submitted now: due three working days later, not overdue.
		LocalDateTime due = WorkingDays.add(fresh.submittedAt(), 3);
		assertThat(fresh.dueAt()).isEqualTo(due);
		assertThat(page.selectFirst("[data-testid=due-" + this.world.changeReview + "]").text())
			.isEqualTo(shanghai(due));
		assertThat(page.select("[data-testid=overdue-" + this.world.changeReview + "]")).isEmpty();
	}

	@Test
	void queueFindsAMerchantsRequestsByNameOrAccount() throws Exception {
		for (String search : new String[] { this.world.name, this.world.domain,
				this.world.name.substring("Review ".length()) }) {
			Document page = page(queue(search).param("status", "ALL"), "en");
			assertThat(page.select("[data-testid=review-table] tbody tr[data-testid^=review-]")).as(search)
				.extracting((row) -> row.attr("data-testid"))
				.containsExactly("review-" + this.world.productReview, "review-" + this.world.changeReview,
						"review-" + this.world.delistReview);
			assertThat(page.selectFirst("[data-testid=merchant-filter]").val()).isEqualTo(search);
			assertThat(page.selectFirst("[data-testid=review-table]").text()).doesNotContain("Acme Cloud")
				.doesNotContain("Globex Data");
		}
		Document none = page(queue("Review%Test").param("status", "ALL"), "en");
		assertThat(none.select("[data-testid=review-table] tbody tr[data-testid^=review-]"))
			.as("% is a character, not a wildcard")
			.isEmpty();
		assertThat(none.selectFirst("[data-testid=review-table]").text()).contains("Nothing to review.");
	}

	@Test
	void merchantUsersNeverReachTheReviewPages() throws Exception {
		assertThat(status(queue("acme"), "globex-admin")).isEqualTo(403);
		assertThat(status(review(this.world.productReview), "acme-admin")).isEqualTo(403);
		assertThat(status(get("/operator/files/" + this.world.logo), "acme-admin")).isEqualTo(403);
	}

	private int status(MockHttpServletRequestBuilder request, String user) throws Exception {
		return this.mvc.perform(request.with(users().as(user))).andReturn().getResponse().getStatus();
	}

	private static MockHttpServletRequestBuilder review(long id) {
		return get("/operator/reviews/" + id);
	}

	private static MockHttpServletRequestBuilder queue(String merchant) {
		return get("/operator/reviews").param("merchant", merchant);
	}

	private Document page(MockHttpServletRequestBuilder request, String language) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(request.with(users().as("mkt-reviewer")).header("Accept-Language", language))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** The old and the new value of a field of the diff, as the reader reads them. */
	private static java.util.List<String> cells(Document page, String field) {
		Element row = page.selectFirst("[data-testid='field-" + field + "']");
		assertThat(row).as("the row of %s", field).isNotNull();
		return java.util.List.of(row.selectFirst("td.old").text(), row.selectFirst("td.new").text());
	}

	private static String subject(Document page, long review) {
		Element subject = page.selectFirst("[data-testid=subject-" + review + "]");
		assertThat(subject).as("the subject of request %d", review).isNotNull();
		return subject.text();
	}

	private static String shanghai(LocalDateTime utc) {
		return utc.truncatedTo(ChronoUnit.MINUTES)
			.atOffset(ZoneOffset.UTC)
			.atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
	}

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

}

package io.sellercenter.operator;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;

import io.sellercenter.file.FileService;
import io.sellercenter.review.ReviewFixtures;
import io.sellercenter.review.ReviewService;
import io.sellercenter.security.TestUsers;
import io.sellercenter.shared.AccountType;
import io.sellercenter.testsupport.PortalTest;
import io.sellercenter.user.Identity;
import io.sellercenter.user.UserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An operator reads a merchant's products, newest orders, usage figures and review
 * requests on one page, read only, a bounded number of rows of each with the total.
 */
@PortalTest
class OperatorMerchantPageTests {

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

	@BeforeEach
	void operatorHasSignedIn() {
		this.users.signIn(new Identity("u-mkt-reviewer", "marketplace", "Marketplace", "mkt-reviewer",
				AccountType.OPERATOR, "Mia Reviewer", "mkt-reviewer@marketplace.example"));
	}

	@Test
	void showsTheFirstProductsWithTheirTotalInWords() throws Exception {
		ReviewFixtures world = ReviewFixtures.create(this.jdbc, this.files, this.reviews);
		world.products(12);

		Document en = page(world.merchantId, "en");
		assertThat(en.selectFirst("[data-testid=figure-products]").text()).isEqualTo("12");
		assertThat(en.select("[data-testid=merchant-products] tbody tr[data-testid^=product-]")).hasSize(10);
		assertThat(en.selectFirst("[data-testid=merchant-products] .card-header").text()).contains("Showing 10 of 12");
		String first = en.selectFirst("[data-testid=merchant-products] tbody tr").text();
		assertThat(first).startsWith("Product 1 商品 1 Data file On sale");

		Document zh = page(world.merchantId, "zh-CN");
		assertThat(zh.selectFirst("[data-testid=merchant-products] tbody tr").text())
			.startsWith("商品 1 Product 1 数据文件 在售");
		assertThat(zh.selectFirst("[data-testid=merchant-products] .card-header").text()).contains("显示 10 个，共 12 个");
	}

	@Test
	void countsUsageRecordsOfTheLastThirtyDaysByVerdict() throws Exception {
		ReviewFixtures world = ReviewFixtures.create(this.jdbc, this.files, this.reviews);
		world.usage("ACCEPTED", null, 3, 2);
		world.usage("BILLED", null, 2, 5);
		world.usage("REJECTED", "005", 4, 1);
		world.usage("REJECTED", "001", 1, 3);
		// Older than the figures reach.
		world.usage("REJECTED", "001", 6, 40);
		world.usage("ACCEPTED", null, 5, 45);

		Document en = page(world.merchantId, "en");
		assertThat(en.selectFirst("[data-testid=figure-accepted]").text()).isEqualTo("5");
		assertThat(en.selectFirst("[data-testid=merchant-figures]").text()).contains("2 of them billed")
			.contains("Records accepted (last 30 days)");
		assertThat(en.selectFirst("[data-testid=figure-rejected]").text()).isEqualTo("5");
		assertThat(en.select("[data-testid=merchant-rejections] li[data-testid^=rejection-]"))
			.extracting((li) -> li.text())
			.containsExactly("005 metering_sn already accepted 4", "001 Instance does not exist 1");
		assertThat(en.selectFirst("[data-testid=figure-orders]").text()).isEqualTo("0");
		assertThat(en.selectFirst("[data-testid=merchant-orders]").text()).contains("No orders yet.");
	}

	@Test
	void showsTheNewestOrdersAndTheOrderCount() throws Exception {
		long acme = this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class);
		long orders = this.jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE merchant_id = ?", Long.class, acme);
		String newest = this.jdbc.queryForObject(
				"SELECT order_id FROM orders WHERE merchant_id = ? ORDER BY created_at DESC, id DESC LIMIT 1",
				String.class, acme);

		Document en = page(acme, "en");
		String count = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(Math.min(orders, 1000));
		assertThat(en.selectFirst("[data-testid=figure-orders]").text())
			.isEqualTo((orders > 1000) ? "More than " + count : count);
		assertThat(en.select("[data-testid=merchant-orders] tbody tr[data-testid^=order-]"))
			.hasSize((int) Math.min(orders, 10));
		assertThat(en.selectFirst("[data-testid=merchant-orders] tbody tr").attr("data-testid"))
			.isEqualTo("order-" + newest);
		String table = en.selectFirst("[data-testid=merchant-orders] tbody").text();
		assertThat(table).doesNotContainPattern(
				"\\b(NEW|TRIAL|RENEW|CHANGE|UNSUBSCRIBE|PENDING_PAYMENT|PROCESSING" + "|CANCELLED|COMPLETED)\\b");
		assertThat(en.selectFirst("[data-testid=merchant-products]").text()).contains("WordPress One-Click")
			.contains("Image");
	}

	@Test
	void listsTheMerchantsReviewRequestsAndLinksToThemInTheQueue() throws Exception {
		ReviewFixtures world = ReviewFixtures.create(this.jdbc, this.files, this.reviews);

		Document en = page(world.merchantId, "en");
		assertThat(en.select("[data-testid=merchant-requests] a")).extracting((a) -> a.attr("href"))
			.containsExactlyInAnyOrder("/operator/reviews/" + world.productReview,
					"/operator/reviews/" + world.changeReview, "/operator/reviews/" + world.delistReview);
		assertThat(en.selectFirst("[data-testid=merchant-requests]").text()).contains("Profile change")
			.contains("Product application")
			.contains("Delisting");
		assertThat(en.selectFirst("[data-testid=merchant-reviews]").attr("href"))
			.isEqualTo("/operator/reviews?merchant=" + world.domain + "&status=ALL");
	}

	@Test
	void merchantUsersNeverReachIt() throws Exception {
		long acme = this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class);
		long globex = this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'globex'", Long.class);
		for (String user : new String[] { "globex-admin", "acme-admin", "acme-ops" }) {
			for (long merchant : new long[] { acme, globex }) {
				assertThat(this.mvc.perform(get("/operator/merchants/" + merchant).with(users().as(user)))
					.andReturn()
					.getResponse()
					.getStatus()).as("%s on merchant %d", user, merchant).isEqualTo(403);
			}
		}
	}

	private Document page(long merchant, String language) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/operator/merchants/" + merchant).with(users().as("mkt-reviewer"))
				.header("Accept-Language", language))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private TestUsers users() {
		return new TestUsers(this.jdbc);
	}

}

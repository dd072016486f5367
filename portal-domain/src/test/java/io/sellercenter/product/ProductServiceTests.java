package io.sellercenter.product;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import io.sellercenter.merchant.MerchantService;
import io.sellercenter.review.ReviewRequest;
import io.sellercenter.review.ReviewService;
import io.sellercenter.shared.AccountType;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.DomainTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of product applications, their review, and product access, on the real
 * database.
 */
@DomainTest
class ProductServiceTests {

	@Autowired
	ProductService products;

	@Autowired
	ReviewService reviews;

	@Autowired
	GrantService grants;

	@Autowired
	ProductAccess access;

	@Autowired
	MerchantService merchants;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void submitWhenMerchantNotCertifiedThenRefused() {
		CurrentUser user = mainOf(this.merchants.findOrCreate("t-uncert", "Uncertified Ltd").merchantId());
		ProductApplication draft = this.products.createDraft(user, ProductType.CONSULTING,
				consulting("https://x.example"));

		assertRejected(() -> this.products.submit(user, draft.id(), actor(user)), "product.notCertified", null);
	}

	@Test
	void submitDataFileWithoutApprovedComplianceLetterIsRefused() {
		CurrentUser user = certifiedMain("t-nocompliance");
		ProductApplication draft = this.products.createDraft(user, ProductType.DATA_FILE, ProductContent.empty());

		assertRejected(() -> this.products.submit(user, draft.id(), actor(user)), "product.noComplianceLetter", null);
	}

	@Test
	void consultingWithPlainHttpUrlIsRefusedWithTheField() {
		CurrentUser user = certifiedMain("t-http");
		ProductApplication draft = this.products.createDraft(user, ProductType.CONSULTING,
				consulting("http://x.example"));

		assertRejected(() -> this.products.submit(user, draft.id(), actor(user)), "product.invalid", "externalUrl");
	}

	@Test
	void specPricedPerPeriodAndPerUseIsRefused() {
		SpecDraft both = new SpecDraft(null, "月度", "Monthly", ChargingMode.MONTHLY, new BigDecimal("99"),
				new BigDecimal("1.50"), null, "CNY", true);
		List<FieldError> errors = ProductRules.check(ProductType.DATA_FILE, withSpecs(consulting(null), List.of(both)),
				List.of());

		assertThat(errors).contains(new FieldError("spec.1", "product.periodAndUse"));
	}

	@Test
	void approvedCreateListsTheProductAndChangeLeavesTheListingUntilApproved() {
		CurrentUser user = certifiedMain("t-list");
		ProductApplication draft = this.products.createDraft(user, ProductType.CONSULTING,
				consulting("https://consult.example/offer"));
		ReviewRequest review = this.products.submit(user, draft.id(), actor(user));
		assertThat(count("product WHERE merchant_id = " + user.merchantId())).isZero();

		this.reviews.decide(review.id(), true, null, operator());
		long productId = this.jdbc.queryForObject("SELECT id FROM product WHERE merchant_id = ?", Long.class,
				user.merchantId());

		ProductApplication change = this.products.startChange(user, productId);
		this.products.saveDraft(user, change.id(), withName(change.content(), "新名字"));
		ReviewRequest changeReview = this.products.submit(user, change.id(), actor(user));
		assertThat(name(productId)).as("the listing waits for approval").isEqualTo("咨询");
		assertThat(changeReview.oldValues().get("nameZh")).isEqualTo("咨询");

		this.reviews.decide(changeReview.id(), true, null, operator());
		assertThat(name(productId)).isEqualTo("新名字");
	}

	/**
	 * A save that slipped in between the submission's check and its bookkeeping (the race
	 * the row lock now prevents) left the application's content changed after the
	 * operator's snapshot: the approval must still publish what was reviewed.
	 */
	@Test
	void approvalPublishesTheReviewedSnapshotNotWhatWasSavedAfterIt() {
		CurrentUser user = certifiedMain("t-snapshot");
		ProductApplication draft = this.products.createDraft(user, ProductType.CONSULTING,
				consulting("https://reviewed.example/offer"));
		ReviewRequest review = this.products.submit(user, draft.id(), actor(user));
		this.jdbc.update("UPDATE product_application SET content = ?, name_zh = '未审核' WHERE id = ?",
				ProductJson.write(withName(consulting("https://unreviewed.example/"), "未审核")), draft.id());

		this.reviews.decide(review.id(), true, null, operator());

		long productId = this.jdbc.queryForObject("SELECT id FROM product WHERE merchant_id = ?", Long.class,
				user.merchantId());
		assertThat(name(productId)).isEqualTo("咨询");
		assertThat(review.newValues().get("nameZh")).isEqualTo("咨询");
		assertThat(this.jdbc.queryForObject("SELECT content FROM product WHERE id = ?", String.class, productId))
			.contains("https://reviewed.example/offer")
			.doesNotContain("unreviewed");
	}

	/**
	 * A save whose check passed while the application was still a draft, but whose write
	 * comes after the submission committed, is refused rather than lost in silence.
	 */
	@Test
	void aSaveThatWaitedForASubmissionIsRefused() throws Exception {
		CurrentUser user = certifiedMain("t-racing-save");
		ProductApplication draft = this.products.createDraft(user, ProductType.CONSULTING,
				consulting("https://first.example/offer"));
		org.springframework.transaction.support.TransactionTemplate tx = new org.springframework.transaction.support.TransactionTemplate(
				this.transactions);
		java.util.concurrent.CompletableFuture<Throwable> save = new java.util.concurrent.CompletableFuture<>();
		tx.executeWithoutResult((status) -> {
			// What a submission does first: lock the row.
			this.jdbc.queryForObject("SELECT id FROM product_application WHERE id = ? FOR UPDATE", Long.class,
					draft.id());
			Thread saver = new Thread(() -> {
				try {
					this.products.saveDraft(user, draft.id(), withName(draft.content(), "晚到的修改"));
					save.complete(null);
				}
				catch (Throwable ex) {
					save.complete(ex);
				}
			});
			saver.start();
			awaitLockWait();
			this.jdbc.update("UPDATE product_application SET status = 'SUBMITTED' WHERE id = ?", draft.id());
		});

		assertThat(save.get(30, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(ProductRejected.class)
			.hasMessageContaining("product.readOnly");
		assertThat(this.jdbc.queryForObject("SELECT name_zh FROM product_application WHERE id = ?", String.class,
				draft.id()))
			.isEqualTo("咨询");
	}

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	/**
	 * Until the save's UPDATE is running on the server: while this transaction holds the
	 * row, that means it waits for the lock.
	 */
	private void awaitLockWait() {
		long deadline = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < deadline) {
			Integer waiting = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'UPDATE product_application%'",
					Integer.class);
			if (waiting != null && waiting > 0) {
				return;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError("the save never waited for the lock");
	}

	@Test
	void listedSpecCannotBeDeletedAndCoreCountsCannotBeRemoved() {
		Spec listed = new Spec(7, 1, 1, "标准", "Standard", ChargingMode.MONTHLY, null, "2:10.00,4:18.00", "CNY", true);
		SpecDraft fewerCores = new SpecDraft(7L, "标准", "Standard", ChargingMode.MONTHLY, null, null, "2:12.00", "CNY",
				true);
		SpecDraft other = new SpecDraft(null, "新", "New", ChargingMode.MONTHLY, new BigDecimal("5"), null, null, "CNY",
				true);

		assertThat(ProductRules.check(ProductType.IMAGE, withSpecs(consulting(null), List.of(other)), List.of(listed)))
			.contains(new FieldError("specs", "product.specDeleted"));
		assertThat(ProductRules.check(ProductType.IMAGE, withSpecs(consulting(null), List.of(fewerCores)),
				List.of(listed)))
			.contains(new FieldError("spec.1", "product.coreRemoved"));
	}

	@Test
	void subUserSeesOnlyGrantedProductsAndExpiredGrantsStopWorking() {
		CurrentUser main = certifiedMain("t-grants");
		long first = listedConsulting(main, "https://one.example");
		long second = listedConsulting(main, "https://two.example");
		long subUserId = subUser(main, "t-grants-sub");
		CurrentUser sub = new CurrentUser(subUserId, "t-grants-sub", "Sub", AccountType.SUB, main.merchantId(), "T",
				"t-grants", "s", null, Set.of(Menu.PRODUCTS));

		this.grants.grant(main.merchant(), first, subUserId, GrantRole.VIEW, false, null, actor(main));
		this.grants.grant(main.merchant(), second, subUserId, GrantRole.MANAGE, false, LocalDateTime.now().plusHours(1),
				actor(main));
		Viewer now = this.access.viewer(sub);
		assertThat(this.products.products(now, null, null, null, io.sellercenter.shared.PageRequest.of(1, 20)).total())
			.isEqualTo(2);
		assertThat(this.access.canManage(now, first)).isFalse();
		assertThat(this.access.canManage(now, second)).isTrue();
		assertRejected(() -> this.products.startChange(sub, first), "product.noManage", null);

		Viewer later = new Viewer(main.merchant(), subUserId, LocalDateTime.now().plusHours(2));
		assertThat(this.products.product(later, second)).as("expired without any job").isEmpty();
		assertThat(this.products.product(later, first)).isPresent();
	}

	@Test
	void rejectionWithFieldCommentsKeepsThemForTheMerchant() {
		CurrentUser user = certifiedMain("t-comments");
		ProductApplication draft = this.products.createDraft(user, ProductType.CONSULTING,
				consulting("https://c.example"));
		ReviewRequest review = this.products.submit(user, draft.id(), actor(user));

		this.reviews.decide(review.id(), false, null, java.util.Map.of("summary", "Too vague."), operator());

		assertThat(this.reviews.comments(review.id())).containsEntry("summary", "Too vague.");
		ProductApplication rejected = this.products.application(this.access.viewer(user), draft.id()).orElseThrow();
		assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
		ReviewRequest again = this.products.submit(user, draft.id(), actor(user));
		assertThat(again.oldValues()).as("a resubmission is compared with the last submission")
			.containsEntry("summary", "Summary");
	}

	@Test
	void decisionsTellTheSubmitterInBothLanguagesAndLinkToWhatTheyAreAbout() {
		CurrentUser user = certifiedMain("t-notices");
		ProductApplication draft = this.products.createDraft(user, ProductType.CONSULTING,
				consulting("https://n.example"));
		ReviewRequest first = this.products.submit(user, draft.id(), actor(user));

		this.reviews.decide(first.id(), false, "Too vague.", operator());
		assertThat(notice(user, "PRODUCT_REJECTED")).containsEntry("link", "/products/applications/" + draft.id())
			.hasEntrySatisfying("args", (args) -> assertThat((String) args).contains("\"product\":\"咨询\"",
					"\"productEn\":\"Consulting\"", "\"reason\":\"Too vague.\""));

		ReviewRequest second = this.products.submit(user, draft.id(), actor(user));
		this.reviews.decide(second.id(), true, null, operator());
		long product = this.products.application(this.access.viewer(user), draft.id()).orElseThrow().productId();
		assertThat(notice(user, "PRODUCT_APPROVED")).containsEntry("link", "/products/" + product);

		ReviewRequest delisting = this.products.requestDelisting(user, product, null, "No longer sold", actor(user));
		this.reviews.decide(delisting.id(), false, "Customers still use it.", operator());
		assertThat(notice(user, "DELISTING_REJECTED")).containsEntry("link", "/products/" + product)
			.hasEntrySatisfying("args", (args) -> assertThat((String) args).contains("\"productEn\":\"Consulting\""));
	}

	private java.util.Map<String, Object> notice(CurrentUser user, String event) {
		return this.jdbc.queryForMap("SELECT args, link FROM notification_message WHERE user_id = ? AND event = ?"
				+ " ORDER BY id DESC LIMIT 1", user.userId(), event);
	}

	@Test
	void delistingTheLastListedProductOnAnAssetUnlocksIt() {
		CurrentUser user = certifiedMain("t-unlock");
		long asset = lockedAsset(user, "img-t-unlock");
		long first = listedImage(user, asset, "一号");
		long second = listedImage(user, asset, "二号");

		delist(user, first);
		assertThat(locked(asset)).as("the second product still stands on it").isTrue();

		delist(user, second);
		assertThat(locked(asset)).as("no listed product on it any more").isFalse();
		assertThat(count("audit_log WHERE action = 'ASSET_UNLOCKED' AND target_id = 'img-t-unlock'")).isOne();
	}

	private void delist(CurrentUser user, long productId) {
		ReviewRequest review = this.products.requestDelisting(user, productId, null, "No longer sold", actor(user));
		this.reviews.decide(review.id(), true, null, operator());
		assertThat(this.jdbc.queryForObject("SELECT status FROM product WHERE id = ?", String.class, productId))
			.isEqualTo("DELISTED");
	}

	/** An accepted asset that a listing has locked. */
	private long lockedAsset(CurrentUser user, String imageId) {
		this.jdbc.update("""
				INSERT INTO image_asset (merchant_id, image_id, region, name, size_gb, os_type, status, accepted_marker,
				                         locked, locked_at, created_at)
				VALUES (?, ?, 'cn-north-4', 'Image', 40, 'LINUX', 'ACCEPTED', 1, TRUE, UTC_TIMESTAMP(6),
				        UTC_TIMESTAMP(6))""", user.merchantId(), imageId);
		return this.jdbc.queryForObject("SELECT id FROM image_asset WHERE image_id = ?", Long.class, imageId);
	}

	/**
	 * A listed image product built on the asset, as an approved application leaves it.
	 */
	private long listedImage(CurrentUser user, long asset, String name) {
		this.jdbc.update("""
				INSERT INTO product (merchant_id, type, status, public_visible, name_zh, name_en, category, content,
				                     listed_at, updated_at)
				VALUES (?, 'IMAGE', 'ON_SALE', 1, ?, ?, 'WEBSITE', JSON_OBJECT('nameZh', ?, 'assetId', ?),
				        UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""", user.merchantId(), name, name, name, asset);
		return this.jdbc.queryForObject("SELECT MAX(id) FROM product WHERE merchant_id = ?", Long.class,
				user.merchantId());
	}

	private boolean locked(long asset) {
		return this.jdbc.queryForObject("SELECT locked FROM image_asset WHERE id = ?", Boolean.class, asset);
	}

	private long listedConsulting(CurrentUser user, String url) {
		ProductApplication draft = this.products.createDraft(user, ProductType.CONSULTING, consulting(url));
		ReviewRequest review = this.products.submit(user, draft.id(), actor(user));
		this.reviews.decide(review.id(), true, null, operator());
		return this.products.application(this.access.viewer(user), draft.id()).orElseThrow().productId();
	}

	private long subUser(CurrentUser main, String name) {
		this.jdbc.update(
				"INSERT INTO portal_user (merchant_id, domain_id, user_name, account_type, status, registered_at)"
						+ " VALUES (?, ?, ?, 'SUB', 'ACTIVE', UTC_TIMESTAMP(6))",
				main.merchantId(), main.domainId(), name);
		return this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = ?", Long.class, name);
	}

	private CurrentUser certifiedMain(String domain) {
		MerchantId merchant = this.merchants.findOrCreate(domain, "T " + domain).merchantId();
		this.jdbc.update("UPDATE merchant SET certification = 'CERTIFIED' WHERE id = ?", merchant.value());
		return mainOf(merchant);
	}

	private CurrentUser mainOf(MerchantId merchant) {
		String domain = this.merchants.find(merchant).orElseThrow().domainId();
		this.jdbc.update(
				"INSERT IGNORE INTO portal_user (merchant_id, domain_id, user_name, account_type, status,"
						+ " registered_at) VALUES (?, ?, ?, 'MAIN', 'ACTIVE', UTC_TIMESTAMP(6))",
				merchant.value(), domain, domain + "-admin");
		long id = this.jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = ?", Long.class,
				domain + "-admin");
		return new CurrentUser(id, domain + "-admin", "Admin", AccountType.MAIN, merchant.value(), "T", domain, "s",
				null, Set.of(Menu.values()));
	}

	private String name(long productId) {
		return this.jdbc.queryForObject("SELECT name_zh FROM product WHERE id = ?", String.class, productId);
	}

	private long count(String tableAndWhere) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + tableAndWhere, Long.class);
	}

	private static void assertRejected(Runnable action, String code, String field) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(ProductRejected.class, (ex) -> {
			assertThat(ex.code()).isEqualTo(code);
			if (field != null) {
				assertThat(ex.errors()).extracting(FieldError::field).contains(field);
			}
		});
	}

	private static Actor actor(CurrentUser user) {
		return user.actor("127.0.0.1");
	}

	private static Actor operator() {
		return new Actor(1L, "op", null, null);
	}

	static ProductContent consulting(String url) {
		return new ProductContent("咨询", "Consulting", "Summary", "Description", null, null, 1L, "CONSULTING", null,
				List.of("CN"), true, "+86 10 1234 5678", "help@t.example", "9:00-18:00 workdays", "Asia/Shanghai", null,
				null, url, null, null, false, null, false, null, null, null, false, null, List.of());
	}

	private static ProductContent withSpecs(ProductContent c, List<SpecDraft> specs) {
		return new ProductContent(c.nameZh(), c.nameEn(), c.summary(), c.description(), c.highlights(),
				c.customerCases(), c.logoFileId(), c.category(), c.version(), c.salesRegions(), c.publicVisible(),
				c.supportPhone(), c.supportEmail(), c.serviceHours(), c.timeZone(), c.assetId(), c.userGuideFileId(),
				c.externalUrl(), c.rightsCertificateFileId(), c.complianceReportFileId(), c.complianceNotApplicable(),
				c.qualityReportFileId(), c.qualityNotApplicable(), c.dataItemsFileId(), c.acceptanceCriteria(),
				c.deliveryDays(), c.supervised(), c.confirmDays(), specs);
	}

	private static ProductContent withName(ProductContent c, String nameZh) {
		return new ProductContent(nameZh, c.nameEn(), c.summary(), c.description(), c.highlights(), c.customerCases(),
				c.logoFileId(), c.category(), c.version(), c.salesRegions(), c.publicVisible(), c.supportPhone(),
				c.supportEmail(), c.serviceHours(), c.timeZone(), c.assetId(), c.userGuideFileId(), c.externalUrl(),
				c.rightsCertificateFileId(), c.complianceReportFileId(), c.complianceNotApplicable(),
				c.qualityReportFileId(), c.qualityNotApplicable(), c.dataItemsFileId(), c.acceptanceCriteria(),
				c.deliveryDays(), c.supervised(), c.confirmDays(), c.specs());
	}

}

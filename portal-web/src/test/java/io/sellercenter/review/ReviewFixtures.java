package io.sellercenter.review;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.sellercenter.file.FileKind;
import io.sellercenter.file.FileService;
import io.sellercenter.file.Upload;
import io.sellercenter.merchant.FinanceContact;
import io.sellercenter.merchant.ProfileDetails;
import io.sellercenter.product.ChargingMode;
import io.sellercenter.product.ProductContent;
import io.sellercenter.product.ProductFields;
import io.sellercenter.product.ProductType;
import io.sellercenter.product.SpecDraft;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A merchant of the test's own with one request of each kind the operator pages put into
 * words: a change of an image product (a new logo, regions, visibility and priced specs),
 * a profile change (a new address and a new licence, an image), and a delisting. The
 * requests go through {@link ReviewService#submit} with the values the features write, so
 * the pages read what they would read in production. The merchant was created long ago,
 * so that lists of the newest merchants still show the demo ones.
 */
public final class ReviewFixtures {

	public static final byte[] PDF = "%PDF-1.4\n% a test document\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	public final long merchantId;

	public final String domain;

	public final String name;

	public final long userId;

	public long logo;

	public long userGuide;

	public long oldLicence;

	public long newLicence;

	public long productReview;

	public long changeReview;

	public long delistReview;

	private final JdbcTemplate jdbc;

	private ReviewFixtures(JdbcTemplate jdbc, long merchantId, String domain, String name, long userId) {
		this.jdbc = jdbc;
		this.merchantId = merchantId;
		this.domain = domain;
		this.name = name;
		this.userId = userId;
	}

	public static ReviewFixtures create(JdbcTemplate jdbc, FileService files, ReviewService reviews) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String domain = "rv-" + tag;
		String name = "Review Test " + tag;
		jdbc.update("""
				INSERT INTO merchant (domain_id, name, certification, created_at, updated_at)
				VALUES (?, ?, 'CERTIFIED', '2001-01-01 00:00:00', '2001-01-01 00:00:00')""", domain, name);
		long merchant = jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, domain);
		jdbc.update(
				"""
						INSERT INTO portal_user (merchant_id, domain_id, user_name, account_type, display_name, status, registered_at)
						VALUES (?, ?, ?, 'MAIN', 'Rex Review', 'ACTIVE', UTC_TIMESTAMP(6))""",
				merchant, domain, domain + "-admin");
		long user = jdbc.queryForObject("SELECT id FROM portal_user WHERE user_name = ?", Long.class,
				domain + "-admin");
		ReviewFixtures world = new ReviewFixtures(jdbc, merchant, domain, name, user);
		world.submit(files, reviews);
		return world;
	}

	private void submit(FileService files, ReviewService reviews) {
		MerchantId merchant = new MerchantId(this.merchantId);
		Actor actor = new Actor(this.userId, this.domain + "-admin", merchant, "127.0.0.1");
		this.logo = files
			.store(merchant, FileKind.LOGO, new Upload("logo.png", "image/png", png(new Color(0xc7000b))), this.userId)
			.id();
		this.userGuide = files
			.store(merchant, FileKind.USER_GUIDE, new Upload("guide.pdf", "application/pdf", PDF), this.userId)
			.id();
		this.oldLicence = files
			.store(merchant, FileKind.BUSINESS_LICENCE, new Upload("licence.pdf", "application/pdf", PDF), this.userId)
			.id();
		this.newLicence = files
			.store(merchant, FileKind.BUSINESS_LICENCE,
					new Upload("new-licence.png", "image/png", png(new Color(0x1f6feb))), this.userId)
			.id();

		ProductContent before = image(null, null, List.of("CN"), false, List
			.of(new SpecDraft(1L, "标准版", "Standard", ChargingMode.MONTHLY, null, null, "2:50.00", "CNY", true)));
		ProductContent after = image(this.logo, this.userGuide, List.of("CN", "HK"), true,
				List.of(new SpecDraft(1L, "标准版", "Standard", ChargingMode.MONTHLY, null, null, "2:60.00,4:110.00",
						"CNY", true),
						new SpecDraft(null, "按需", "On demand", ChargingMode.PER_USE, new BigDecimal("0.5"), null, null,
								"CNY", false)));
		this.productReview = reviews
			.submit(merchant, ReviewKind.PRODUCT_APPLICATION, ProductFields.of(ProductType.IMAGE, before),
					ProductFields.of(ProductType.IMAGE, after), actor)
			.id();

		ProfileDetails current = profile("1 Old Street, Shenzhen");
		ProfileDetails wanted = profile("2 New Avenue, Shenzhen");
		this.changeReview = reviews
			.submit(merchant, ReviewKind.PROFILE_CHANGE, current.toMap(this.oldLicence), wanted.toMap(this.newLicence),
					actor)
			.id();

		Map<String, String> delisting = new LinkedHashMap<>();
		delisting.put("product", "0");
		delisting.put("productName", "旧镜像 / Old Image");
		delisting.put("productNameZh", "旧镜像");
		delisting.put("productNameEn", "Old Image");
		delisting.put("scope", "PRODUCT");
		delisting.put("specs", "");
		delisting.put("reason", "No longer maintained.");
		this.delistReview = reviews.submit(merchant, ReviewKind.PRODUCT_DELISTING, Map.of(), delisting, actor).id();
	}

	/** Moves a request's submission and due date (UTC). */
	public void times(long review, LocalDateTime submitted, LocalDateTime due) {
		this.jdbc.update("UPDATE review_request SET submitted_at = ?, due_at = ? WHERE id = ?", submitted, due, review);
	}

	/**
	 * Listed products of the merchant, named "Product 1" ... (英文) and "商品 1" ... (中文).
	 */
	public void products(int count) {
		for (int i = 1; i <= count; i++) {
			this.jdbc.update("""
					INSERT INTO product (merchant_id, type, status, public_visible, name_zh, name_en, category, content,
					                     listed_at, updated_at)
					VALUES (?, 'DATA_FILE', 'ON_SALE', 1, ?, ?, 'DATA_SET', '{}', UTC_TIMESTAMP(6),
					        UTC_TIMESTAMP(6) - INTERVAL ? MINUTE)""", this.merchantId, "商品 " + i, "Product " + i, i);
		}
	}

	/**
	 * Usage records received {@code daysAgo} days ago with a verdict: accepted, billed or
	 * rejected (with a code).
	 */
	public void usage(String state, String code, int count, int daysAgo) {
		String nonce = "fixture-" + UUID.randomUUID();
		this.jdbc.update("INSERT INTO usage_request (merchant_id, key_id, nonce, ts, record_count, received_at)"
				+ " VALUES (?, 'fixture-key', ?, 0, 0, UTC_TIMESTAMP(6))", this.merchantId, nonce);
		long request = this.jdbc.queryForObject("SELECT id FROM usage_request WHERE nonce = ?", Long.class, nonce);
		for (int i = 0; i < count; i++) {
			this.jdbc.update("""
					INSERT INTO usage_record (merchant_id, request_id, instance_id, record_time, begin_time, end_time,
					                          usage_value, metering_sn, received_at)
					VALUES (?, ?, 'ins-fixture', '20260301T100000Z', '20260301T090000Z', '20260301T100000Z', '1', ?,
					        UTC_TIMESTAMP(6) - INTERVAL ? DAY)""", this.merchantId, request, nonce + "-" + i, daysAgo);
			long record = this.jdbc.queryForObject("SELECT MAX(id) FROM usage_record WHERE request_id = ?", Long.class,
					request);
			this.jdbc.update("""
					INSERT INTO usage_verdict (record_id, merchant_id, state, code, verdict_at, received_at)
					SELECT id, merchant_id, ?, ?, UTC_TIMESTAMP(6), received_at FROM usage_record WHERE id = ?""",
					state, code, record);
		}
	}

	private static ProductContent image(Long logo, Long userGuide, List<String> regions, boolean visible,
			List<SpecDraft> specs) {
		return new ProductContent("测试镜像", "Test Image", "A web server image.", "Nginx on Ubuntu.", null, null, logo,
				"WEBSITE", "1.0", regions, visible, "+86 755 1234 5678", "support@example.com", "9:00-18:00",
				"Asia/Shanghai", null, userGuide, null, null, null, false, null, false, null, null, null, false, null,
				specs);
	}

	private static ProfileDetails profile(String address) {
		return new ProfileDetails("Review Test Ltd", "91440300MA5REVIEW", address, "Rex Review", "+86 755 1111 2222",
				"rex@example.com", new FinanceContact("Fay Finance", "+86 755 1111 3333", "fay@example.com"),
				"91440300MA5REVIEW", "GENERAL");
	}

	/** A small picture, as a merchant's logo or a scanned licence would be. */
	static byte[] png(Color color) {
		BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 320, 200);
		g.setColor(color);
		g.fillRoundRect(20, 20, 280, 160, 30, 30);
		// Shapes only: a headless test machine may have no fonts.
		g.setColor(Color.WHITE);
		g.fillOval(120, 60, 80, 80);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

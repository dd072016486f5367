package io.sellercenter.product;

import java.util.List;

import io.sellercenter.review.ReviewRequest;
import io.sellercenter.review.ReviewService;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;

/**
 * Consulting products of a test's own merchant, through the real application and review:
 * the simplest type (no specs, no files but the logo id).
 */
public record TestProducts(ProductService products, ReviewService reviews) {

	private static final Actor OPERATOR = new Actor(1L, "test-operator", null, "127.0.0.1");

	/** A submitted application, as the review queue has it. */
	public Submitted submit(CurrentUser user, String nameZh, String nameEn) {
		ProductApplication draft = this.products.createDraft(user, ProductType.CONSULTING, consulting(nameZh, nameEn));
		return new Submitted(draft.id(), this.products.submit(user, draft.id(), user.actor("127.0.0.1")));
	}

	/** A rejected application; returns its id. */
	public long rejected(CurrentUser user, String nameZh, String nameEn, String reason) {
		Submitted submitted = submit(user, nameZh, nameEn);
		this.reviews.decide(submitted.review().id(), false, reason, OPERATOR);
		return submitted.applicationId();
	}

	/** A listed product; returns its id. */
	public long listed(CurrentUser user, String nameZh, String nameEn) {
		Submitted submitted = submit(user, nameZh, nameEn);
		this.reviews.decide(submitted.review().id(), true, null, OPERATOR);
		return this.products
			.application(new Viewer(user.merchant(), null, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)),
					submitted.applicationId())
			.orElseThrow()
			.productId();
	}

	public record Submitted(long applicationId, ReviewRequest review) {
	}

	static ProductContent consulting(String nameZh, String nameEn) {
		return new ProductContent(nameZh, nameEn, "Summary", "Description", null, null, 1L, "CONSULTING", null,
				List.of("CN"), true, "+86 10 1234 5678", "help@t.example", "9:00-18:00 workdays", "Asia/Shanghai", null,
				null, "https://consulting.example", null, null, false, null, false, null, null, null, false, null,
				List.of());
	}

}

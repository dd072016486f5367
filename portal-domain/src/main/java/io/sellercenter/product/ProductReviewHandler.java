package io.sellercenter.product;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sellercenter.merchant.MerchantProfile;
import io.sellercenter.merchant.ProfileService;
import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.notification.Notifications;
import io.sellercenter.notification.Recipient;
import io.sellercenter.review.ReviewConflict;
import io.sellercenter.review.ReviewHandler;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.review.ReviewRequest;
import io.sellercenter.shared.MerchantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies operators' decisions on product applications and delisting requests. Approving
 * an application lists the product (or applies the change) at once, in the decision's
 * transaction.
 */
@Component
class ProductReviewHandler implements ReviewHandler {

	private final ProductMapper products;

	private final ApplicationMapper applications;

	private final ImageAssetCheck assets;

	private final Notifications notifications;

	private final ProfileService profiles;

	private final SaasReadiness readiness;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ProductReviewHandler(ProductMapper products, ApplicationMapper applications, ImageAssetCheck assets,
			Notifications notifications, ProfileService profiles, SaasReadiness readiness, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.readiness = readiness;
		this.profiles = profiles;
		this.products = products;
		this.applications = applications;
		this.assets = assets;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	public Set<ReviewKind> kinds() {
		return Set.of(ReviewKind.PRODUCT_APPLICATION, ReviewKind.PRODUCT_DELISTING);
	}

	@Override
	public List<String> fields(ReviewKind kind) {
		// Product fields depend on the type and the number of specs: the page shows the
		// request's own.
		return (kind == ReviewKind.PRODUCT_DELISTING) ? List.of("productName", "scope", "specs", "reason") : List.of();
	}

	@Override
	public void approved(ReviewRequest request) {
		MerchantId merchant = request.merchant();
		if (request.kind() == ReviewKind.PRODUCT_DELISTING) {
			long productId = Long.parseLong(request.newValues().get("product"));
			if ("PRODUCT".equals(request.newValues().get("scope"))) {
				this.products.updateStatus(merchant, productId, ProductStatus.DELISTED, now());
				releaseAsset(merchant, productId);
			}
			else {
				this.products.setSpecsOnSale(merchant, productId, specIds(request), false);
			}
			notifyListed(request, NotificationEvent.DELISTING_APPROVED, productId);
			return;
		}
		ApplicationRow application = this.applications.findByReview(merchant, request.id()).orElseThrow();
		// The snapshot taken at submission, which is what the operator reviewed.
		ProductContent content = ProductJson.read(application.previousSubmission);
		if (application.type == ProductType.SAAS) {
			// Asked again now: a case that passed at submission may fail since (a dial
			// test, the merchant's server changed). Thrown before anything is written, so
			// the decision rolls back and the request stays pending.
			List<InterfaceReadiness.Check> checks = this.readiness.checks(merchant,
					SaasReadiness.subject(ProductService.toApplication(application)), content.specs());
			if (checks.isEmpty() || !InterfaceReadiness.ready(checks)) {
				throw new ReviewConflict("product.interfaceNotReadyToApprove");
			}
		}
		long productId = (application.productId != null) ? update(merchant, application, content)
				: create(merchant, application, content);
		this.applications.markDecided(merchant, application.id, ApplicationStatus.APPROVED, productId, now());
		if (application.productId == null) {
			this.events.publishEvent(new ProductListed(merchant, application.id, productId, application.type));
		}
		if (application.type == ProductType.IMAGE && content.assetId() != null) {
			this.assets.lock(merchant, content.assetId());
		}
		notify(request, NotificationEvent.PRODUCT_APPROVED, content.nameZh(), content.nameEn(),
				"/products/" + productId);
	}

	@Override
	public void rejected(ReviewRequest request) {
		MerchantId merchant = request.merchant();
		if (request.kind() == ReviewKind.PRODUCT_DELISTING) {
			long productId = Long.parseLong(request.newValues().get("product"));
			if ("PRODUCT".equals(request.newValues().get("scope"))) {
				this.products.updateStatus(merchant, productId, ProductStatus.ON_SALE, now());
			}
			notifyListed(request, NotificationEvent.DELISTING_REJECTED, productId);
			return;
		}
		ApplicationRow application = this.applications.findByReview(merchant, request.id()).orElseThrow();
		this.applications.markDecided(merchant, application.id, ApplicationStatus.REJECTED, null, now());
		// The application page shows the operator's comments next to the fields.
		ProductContent submitted = ProductJson.read(application.previousSubmission);
		notify(request, NotificationEvent.PRODUCT_REJECTED,
				(submitted != null) ? submitted.nameZh() : application.nameZh,
				(submitted != null) ? submitted.nameEn() : null, "/products/applications/" + application.id);
	}

	/**
	 * A delisted image product no longer holds its asset, unless another listed product
	 * is built on it too: the merchant may then delete the asset.
	 */
	private void releaseAsset(MerchantId merchant, long productId) {
		ProductRow product = this.products.find(merchant, productId).orElseThrow();
		ProductContent content = ProductJson.read(product.content);
		if (product.type == ProductType.IMAGE && content != null && content.assetId() != null
				&& this.products.countListedOnAsset(merchant, content.assetId()) == 0) {
			this.assets.unlock(merchant, content.assetId());
		}
	}

	private long create(MerchantId merchant, ApplicationRow application, ProductContent content) {
		ProductRow row = row(content);
		row.type = application.type;
		row.status = ProductStatus.ON_SALE;
		row.listedAt = now();
		this.products.insert(merchant, row);
		writeSpecs(merchant, row.id, content);
		return row.id;
	}

	private long update(MerchantId merchant, ApplicationRow application, ProductContent content) {
		ProductRow row = row(content);
		row.id = application.productId;
		this.products.update(merchant, row);
		writeSpecs(merchant, row.id, content);
		return row.id;
	}

	/** Listed specs are updated in place (never deleted); new ones are added. */
	private void writeSpecs(MerchantId merchant, long productId, ProductContent content) {
		List<SpecDraft> specs = content.specs();
		for (int i = 0; i < specs.size(); i++) {
			SpecDraft spec = specs.get(i);
			if (spec.id() != null) {
				this.products.updateSpec(merchant, productId, i + 1, spec);
			}
			else {
				this.products.insertSpec(merchant, productId, i + 1, spec, now());
			}
		}
	}

	private ProductRow row(ProductContent content) {
		ProductRow row = new ProductRow();
		row.publicVisible = content.publicVisible();
		row.nameZh = content.nameZh();
		row.nameEn = content.nameEn();
		row.category = content.category();
		// The listing keeps everything but the specs, which live in their own rows.
		row.content = ProductJson.write(ProductService.withListedSpecs(content, List.of()));
		row.updatedAt = now();
		return row;
	}

	/**
	 * Tells whoever submitted the request, linking to what it is about. The product is
	 * named in both languages, so each reader sees the name in theirs.
	 */
	private void notify(ReviewRequest request, NotificationEvent event, String nameZh, String nameEn, String link) {
		Map<String, String> args = new HashMap<>();
		args.put("product", (nameZh != null) ? nameZh : "");
		args.put("productEn", nameEn);
		args.put("reason", (request.reason() != null) ? request.reason() : "");
		this.notifications.notifyMerchant(request.merchant(), event, new Recipient(request.submittedBy(), null, null),
				args, link);
	}

	/** About a listed product: its names as listed, and a link to its page. */
	private void notifyListed(ReviewRequest request, NotificationEvent event, long productId) {
		ProductRow product = this.products.find(request.merchant(), productId).orElseThrow();
		notify(request, event, product.nameZh, product.nameEn, "/products/" + productId);
	}

	private static List<Long> specIds(ReviewRequest request) {
		return Arrays.stream(request.newValues().get("specs").split(",")).map(String::trim).map(Long::valueOf).toList();
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}

package io.sellercenter.product;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sellercenter.merchant.Certification;
import io.sellercenter.merchant.ComplianceStatus;
import io.sellercenter.merchant.MerchantProfile;
import io.sellercenter.merchant.MerchantService;
import io.sellercenter.merchant.ProfileService;
import io.sellercenter.product.ProductApplication.Kind;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.review.ReviewRequest;
import io.sellercenter.review.ReviewService;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.CurrentUser;
import io.sellercenter.shared.LikePatterns;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 商品管理: listed products, and the applications that create and change them. Every read
 * goes through {@link ProductAccess}; every change needs MANAGE on the product (creating
 * one needs the main account).
 */
@Service
public class ProductService {

	/** The longest name search used; a name has at most 100 characters. */
	static final int MAX_QUERY_LENGTH = 100;

	private final ProductMapper products;

	private final ApplicationMapper applications;

	private final ProductAccess access;

	private final ReviewService reviews;

	private final MerchantService merchants;

	private final ProfileService profiles;

	private final ImageAssetCheck assets;

	private final SaasReadiness readiness;

	private final Clock clock;

	ProductService(ProductMapper products, ApplicationMapper applications, ProductAccess access, ReviewService reviews,
			MerchantService merchants, ProfileService profiles, ImageAssetCheck assets, SaasReadiness readiness,
			Clock clock) {
		this.readiness = readiness;
		this.products = products;
		this.applications = applications;
		this.access = access;
		this.reviews = reviews;
		this.merchants = merchants;
		this.profiles = profiles;
		this.assets = assets;
		this.clock = clock;
	}

	/**
	 * Products the viewer may see, newest change first; {@code query} finds either name
	 * containing it, {@code %} and {@code _} included as typed.
	 */
	public Page<Product> products(Viewer viewer, String query, ProductType type, ProductStatus status,
			PageRequest page) {
		String name = namePattern(query);
		return Page.load(page, () -> this.products.countVisible(viewer, name, type, status),
				(at) -> this.products.findVisible(viewer, name, type, status, at.offset(), at.size())
					.stream()
					.map(ProductRow::toProduct)
					.toList());
	}

	private static String namePattern(String query) {
		if (query == null || query.isBlank()) {
			return null;
		}
		String text = query.strip();
		return LikePatterns.contains((text.length() > MAX_QUERY_LENGTH) ? text.substring(0, MAX_QUERY_LENGTH) : text);
	}

	public Optional<ProductView> product(Viewer viewer, long id) {
		return this.products.findVisibleById(viewer, id)
			.map((row) -> new ProductView(row.toProduct(), ProductJson.read(row.content),
					this.products.specs(viewer.merchant(), id), this.access.role(viewer, id).orElseThrow()));
	}

	public Page<ProductApplication> applications(Viewer viewer, ApplicationStatus status, PageRequest page) {
		return Page.load(page, () -> this.applications.countVisible(viewer, status),
				(at) -> this.applications.findVisible(viewer, status, at.offset(), at.size())
					.stream()
					.map(ProductService::toApplication)
					.toList());
	}

	/**
	 * An application the viewer may see: any of the merchant's for the main account, else
	 * of granted products.
	 */
	public Optional<ProductApplication> application(Viewer viewer, long id) {
		return this.applications.find(viewer.merchant(), id)
			.filter((row) -> viewer.mainAccount()
					|| (row.productId != null && this.access.canSee(viewer, row.productId)))
			.map(ProductService::toApplication);
	}

	/** Whether the viewer may edit and submit this application. */
	public boolean canEdit(Viewer viewer, ProductApplication application) {
		return application.status().editable() && (viewer.mainAccount()
				|| (application.productId() != null && this.access.canManage(viewer, application.productId())));
	}

	/**
	 * A new product starts as a draft of the main account, when its form is first saved
	 * (opening the form stores nothing).
	 */
	@Transactional
	public ProductApplication createDraft(CurrentUser user, ProductType type, ProductContent content) {
		if (!user.mainAccount()) {
			throw new ProductRejected("product.mainAccountCreates");
		}
		List<FieldError> tooLong = draftErrors(content);
		if (!tooLong.isEmpty()) {
			throw new ProductRejected("product.draftTooLong", tooLong);
		}
		return insert(user.merchant(), null, type, Kind.CREATE, content, user.userId());
	}

	/**
	 * Saves a draft or a rejected application as it is; nothing is checked until it is
	 * submitted.
	 */
	@Transactional
	public ProductApplication saveDraft(CurrentUser user, long applicationId, ProductContent content) {
		ProductApplication application = editable(user, applicationId);
		List<FieldError> tooLong = draftErrors(content);
		if (!tooLong.isEmpty()) {
			throw new ProductRejected("product.draftTooLong", tooLong);
		}
		// Only a draft or a rejected application is written: one submitted meanwhile
		// (the update waited for the submission's lock) stays as it was reviewed.
		if (this.applications.updateContent(user.merchant(), applicationId, content.nameZh(),
				ProductJson.write(content), now()) != 1) {
			throw new ProductRejected("product.readOnly");
		}
		return this.application(this.access.viewer(user), application.id()).orElseThrow();
	}

	/**
	 * What keeps a draft from being saved: fields longer than they may ever be. The form
	 * asks before it stores the draft's uploads, so a refused draft leaves no files.
	 */
	public List<FieldError> draftErrors(ProductContent content) {
		return ProductRules.lengths(content);
	}

	/**
	 * Sends an application to review: the merchant must be certified (and for data files
	 * have an approved compliance letter), and the content must satisfy the rules of its
	 * type. The reviewer sees it against the listed product (a change) or against the
	 * last submission (a resubmission).
	 */
	@Transactional
	public ReviewRequest submit(CurrentUser user, long applicationId, Actor actor) {
		// Locked first, then read: a save waits until the submission has committed (and
		// then finds the application under review), so the content checked here is the
		// content the operator reviews and the approval publishes.
		this.applications.lock(user.merchant(), applicationId);
		ProductApplication application = editable(user, applicationId);
		MerchantId merchant = user.merchant();
		Optional<ProductRejected> refusal = refusal(merchant, application, application.content());
		if (refusal.isPresent()) {
			throw refusal.get();
		}
		Map<String, String> newValues = ProductFields.of(application.type(), application.content());
		Map<String, String> oldValues = (application.previousSubmission() != null)
				? ProductFields.of(application.type(), application.previousSubmission())
				: (application.productId() != null) ? listedFields(merchant, application.productId()) : Map.of();
		ReviewRequest request = this.reviews.submit(merchant, ReviewKind.PRODUCT_APPLICATION, oldValues, newValues,
				actor);
		if (this.applications.markSubmitted(merchant, applicationId, request.id(),
				ProductJson.write(application.content()), now()) != 1) {
			throw new ProductRejected("product.readOnly");
		}
		return request;
	}

	@Transactional
	public void deleteDraft(CurrentUser user, long applicationId) {
		ProductApplication application = editable(user, applicationId);
		if (application.status() != ApplicationStatus.DRAFT
				|| this.applications.deleteDraft(user.merchant(), applicationId) != 1) {
			throw new ProductRejected("product.onlyDrafts");
		}
	}

	/**
	 * Changing a listed product starts from its listing; the listing stays as it is until
	 * the change is approved. An open change of the product is reused rather than
	 * doubled.
	 */
	@Transactional
	public ProductApplication startChange(CurrentUser user, long productId) {
		Viewer viewer = this.access.viewer(user);
		ProductView view = product(viewer, productId).orElseThrow(() -> new ProductRejected("product.notFound"));
		if (!view.canManage()) {
			throw new ProductRejected("product.noManage");
		}
		if (view.product().status() == ProductStatus.DELISTED) {
			throw new ProductRejected("product.delisted");
		}
		Optional<ApplicationRow> open = this.applications.findOpenChange(user.merchant(), productId);
		if (open.isPresent()) {
			return toApplication(open.get());
		}
		ProductContent listed = withListedSpecs(view.content(), view.specs());
		return insert(user.merchant(), productId, view.product().type(), Kind.CHANGE, listed, user.userId());
	}

	/**
	 * Asks to delist the whole product (no spec ids) or some specs; an operator decides.
	 * A product keeps at least one spec on sale, so delisting every spec on sale is
	 * delisting the product.
	 */
	@Transactional
	public ReviewRequest requestDelisting(CurrentUser user, long productId, List<Long> specIds, String reason,
			Actor actor) {
		Viewer viewer = this.access.viewer(user);
		ProductView view = product(viewer, productId).orElseThrow(() -> new ProductRejected("product.notFound"));
		if (!view.canManage()) {
			throw new ProductRejected("product.noManage");
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new ProductRejected("product.delistReason");
		}
		if (view.product().status() != ProductStatus.ON_SALE) {
			throw new ProductRejected("product.delistOpen");
		}
		List<Long> onSale = view.specs().stream().filter(Spec::onSale).map(Spec::id).toList();
		List<Long> chosen = (specIds != null) ? specIds : List.of();
		if (!onSale.containsAll(chosen)) {
			throw new ProductRejected("product.notFound");
		}
		boolean whole = chosen.isEmpty() || chosen.containsAll(onSale);
		Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("product", String.valueOf(productId));
		values.put("productName", view.product().nameZh() + " / " + view.product().nameEn());
		// Each name on its own too, so that the queue names the product in the reader's
		// language.
		values.put("productNameZh", view.product().nameZh());
		values.put("productNameEn", view.product().nameEn());
		values.put("scope", whole ? "PRODUCT" : "SPECS");
		values.put("specs",
				whole ? "" : chosen.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
		values.put("reason", reason.strip());
		ReviewRequest request = this.reviews.submit(user.merchant(), ReviewKind.PRODUCT_DELISTING, Map.of(), values,
				actor);
		if (whole) {
			this.products.updateStatus(user.merchant(), productId, ProductStatus.DELISTING_REQUESTED, now());
		}
		return request;
	}

	Map<String, String> listedFields(MerchantId merchant, long productId) {
		ProductRow row = this.products.find(merchant, productId).orElseThrow();
		return ProductFields.of(row.type,
				withListedSpecs(ProductJson.read(row.content), this.products.specs(merchant, productId)));
	}

	/**
	 * What a submission of this content for the application would be refused for,
	 * everything at once: the merchant's state as the code (not certified, no compliance
	 * letter), else {@code product.invalid}, and every field the rules of the type
	 * refuse; a SaaS product whose interface has not passed every debug case its charging
	 * modes need is refused on the field {@code interface} ({@link SaasReadiness}). Empty
	 * when it would be accepted. The form asks this when a submission cannot go ahead for
	 * another reason (a refused upload), so the merchant sees all that is wrong in one
	 * go.
	 */
	public Optional<ProductRejected> refusal(MerchantId merchant, ProductApplication application,
			ProductContent content) {
		ProductType type = application.type();
		Long productId = application.productId();
		List<Spec> listed = (productId != null) ? this.products.specs(merchant, productId) : List.of();
		List<FieldError> errors = new java.util.ArrayList<>(ProductRules.check(type, content, listed));
		if (type == ProductType.IMAGE && content.assetId() != null
				&& !this.assets.usable(merchant, content.assetId())) {
			errors.add(new FieldError("asset", "product.assetNotUsable"));
		}
		if (type == ProductType.SAAS && !interfaceReady(merchant, application, content)) {
			errors.add(new FieldError("interface", "product.interfaceNotReady"));
		}
		String merchantProblem = merchantProblem(merchant, type);
		if (merchantProblem == null && errors.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of(new ProductRejected((merchantProblem != null) ? merchantProblem : "product.invalid", errors));
	}

	/**
	 * The debug status of the interface of a SaaS application's product, for the specs
	 * the content puts on sale.
	 */
	public List<InterfaceReadiness.Check> interfaceChecks(MerchantId merchant, ProductApplication application,
			ProductContent content) {
		return this.readiness.checks(merchant, SaasReadiness.subject(application), content.specs());
	}

	/**
	 * Runs a SaaS application's saved debug cases again before it is submitted, so the
	 * submission is judged on what the interface answers now. Outside any transaction: it
	 * calls the merchant.
	 */
	public void runInterfaceCases(MerchantId merchant, ProductApplication application) {
		this.readiness.runCases(merchant, application);
	}

	/** The same for a listed SaaS product the viewer sees, for its specs on sale. */
	public List<InterfaceReadiness.Check> interfaceChecks(ProductView view) {
		return this.readiness.checksOfListed(new MerchantId(view.product().merchantId()), view.product().id(),
				view.specs());
	}

	/**
	 * Whether the interface passed every check the specs on sale need; with no spec on
	 * sale there is nothing to check (the rules refuse that already, on the specs).
	 */
	private boolean interfaceReady(MerchantId merchant, ProductApplication application, ProductContent content) {
		return InterfaceReadiness.ready(interfaceChecks(merchant, application, content));
	}

	/**
	 * The application a product review request is about, with its merchant's id (the
	 * operators' pages ask it).
	 */
	public Optional<ProductApplication> applicationOfReview(MerchantId merchant, long reviewRequestId) {
		return this.applications.findByReview(merchant, reviewRequestId).map(ProductService::toApplication);
	}

	private String merchantProblem(MerchantId merchant, ProductType type) {
		if (this.merchants.find(merchant).orElseThrow().certification() != Certification.CERTIFIED) {
			return "product.notCertified";
		}
		if (type == ProductType.DATA_FILE && this.profiles.profile(merchant)
			.map(MerchantProfile::complianceStatus)
			.filter((s) -> s == ComplianceStatus.APPROVED)
			.isEmpty()) {
			return "product.noComplianceLetter";
		}
		return null;
	}

	private ProductApplication editable(CurrentUser user, long applicationId) {
		Viewer viewer = this.access.viewer(user);
		ProductApplication application = application(viewer, applicationId)
			.orElseThrow(() -> new ProductRejected("product.notFound"));
		if (!canEdit(viewer, application)) {
			throw new ProductRejected(application.status().editable() ? "product.noManage" : "product.readOnly");
		}
		return application;
	}

	private ProductApplication insert(MerchantId merchant, Long productId, ProductType type, Kind kind,
			ProductContent content, long userId) {
		ApplicationRow row = new ApplicationRow();
		row.productId = productId;
		row.type = type;
		row.kind = kind;
		row.nameZh = content.nameZh();
		row.content = ProductJson.write(content);
		row.createdBy = userId;
		row.createdAt = now();
		row.updatedAt = row.createdAt;
		this.applications.insert(merchant, row);
		return toApplication(this.applications.find(merchant, row.id).orElseThrow());
	}

	static ProductContent withListedSpecs(ProductContent content, List<Spec> specs) {
		return new ProductContent(content.nameZh(), content.nameEn(), content.summary(), content.description(),
				content.highlights(), content.customerCases(), content.logoFileId(), content.category(),
				content.version(), content.salesRegions(), content.publicVisible(), content.supportPhone(),
				content.supportEmail(), content.serviceHours(), content.timeZone(), content.assetId(),
				content.userGuideFileId(), content.externalUrl(), content.rightsCertificateFileId(),
				content.complianceReportFileId(), content.complianceNotApplicable(), content.qualityReportFileId(),
				content.qualityNotApplicable(), content.dataItemsFileId(), content.acceptanceCriteria(),
				content.deliveryDays(), content.supervised(), content.confirmDays(),
				specs.stream().map(Spec::toDraft).toList());
	}

	static ProductApplication toApplication(ApplicationRow row) {
		return new ProductApplication(row.id, row.merchantId, row.productId, row.type, row.kind, row.status,
				ProductJson.read(row.content), ProductJson.read(row.previousSubmission), row.reviewRequestId,
				row.createdBy, row.createdAt, row.updatedAt, row.submittedAt);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}

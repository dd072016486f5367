package io.sellercenter.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.sellercenter.product.ProductFields.SpecLine;
import io.sellercenter.review.ReviewFields;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.review.ReviewPanel;
import io.sellercenter.review.ReviewRequest;
import io.sellercenter.web.LocalizedNames;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Product applications and delisting requests on the operators' pages: types, categories,
 * regions, charging modes and flags in words, specs as sentences, the image asset and the
 * delisted specs by name, files as files; the queue names the product in the reader's
 * language.
 */
@Component
class ProductReviewFields implements ReviewFields {

	private final MessageSource messages;

	private final LocalizedNames names;

	private final ImageAssetCheck assets;

	private final ProductService products;

	private final Clock clock;

	private final CorePriceText corePriceText;

	ProductReviewFields(MessageSource messages, LocalizedNames names, ImageAssetCheck assets, ProductService products,
			Clock clock, CorePriceText corePriceText) {
		this.corePriceText = corePriceText;
		this.messages = messages;
		this.names = names;
		this.assets = assets;
		this.products = products;
		this.clock = clock;
	}

	@Override
	public Set<ReviewKind> kinds() {
		return Set.of(ReviewKind.PRODUCT_APPLICATION, ReviewKind.PRODUCT_DELISTING);
	}

	@Override
	public boolean isFile(String field) {
		return ProductFields.isFile(field);
	}

	@Override
	public String text(ReviewRequest request, String field, String value, Locale locale) {
		if (field.startsWith("spec.")) {
			return ProductFields.readSpec(value).map((spec) -> spec(spec, locale)).orElse(null);
		}
		return switch (field) {
			case "type" -> word("productType." + value, value, locale);
			case "category" -> word("category." + value, value, locale);
			case "salesRegions" -> Arrays.stream(value.split(","))
				.map(String::trim)
				.filter((region) -> !region.isEmpty())
				.map((region) -> word("region." + region, region, locale))
				.collect(Collectors.joining(separator(locale)));
			case "publicVisible", "supervised" ->
				word(Boolean.parseBoolean(value) ? "common.yes" : "common.no", value, locale);
			case "complianceReport", "qualityReport" ->
				"N/A".equals(value) ? word("product.notApplicable", value, locale) : null;
			case "asset" -> asset(request, value);
			case "productName" -> delistedName(request);
			case "scope" -> word("delist.scope." + value, value, locale);
			case "specs" -> delistedSpecs(request, value, locale);
			default -> null;
		};
	}

	@Override
	public String subject(ReviewRequest request, Locale locale) {
		return (request.kind() == ReviewKind.PRODUCT_DELISTING) ? delistedName(request)
				: this.names.of(request.newValues().get("nameZh"), request.newValues().get("nameEn"));
	}

	/**
	 * A SaaS product's application shows its interface's debug status as it is now (the
	 * approval asks it again): the operator approves only a product whose every required
	 * case passed.
	 */
	@Override
	public ReviewPanel panel(ReviewRequest request) {
		if (request.kind() != ReviewKind.PRODUCT_APPLICATION
				|| !ProductType.SAAS.name().equals(request.newValues().get("type"))) {
			return null;
		}
		return this.products.applicationOfReview(request.merchant(), request.id()).map((application) -> {
			ProductContent submitted = (application.previousSubmission() != null) ? application.previousSubmission()
					: application.content();
			List<InterfaceReadiness.Check> checks = this.products.interfaceChecks(request.merchant(), application,
					submitted);
			return new ReviewPanel("products/interfaceStatus", "operatorPanel",
					Map.of("checks", checks, "ready", !checks.isEmpty() && InterfaceReadiness.ready(checks)));
		}).orElse(null);
	}

	/**
	 * "标准版 / Standard · 包月 · 2 核 60.00 / 4 核 110.00 CNY · 在售": the spec's names as
	 * written, then its charging mode, prices and whether it is on sale.
	 */
	private String spec(SpecLine spec, Locale locale) {
		StringBuilder text = new StringBuilder(spec.names());
		if (spec.chargingMode() != null) {
			text.append(" · ").append(word("charging." + spec.chargingMode().name(), null, locale));
		}
		String currency = (spec.currency() != null) ? spec.currency() : "";
		String prices = null;
		if (spec.price() != null) {
			prices = (money(spec.price()) + " " + currency).strip();
		}
		if (spec.usePrice() != null) {
			String use = this.messages.getMessage("reviews.spec.usePrice",
					new Object[] { money(spec.usePrice()), currency }, locale);
			prices = (prices != null) ? prices + " " + use : use;
		}
		if (!spec.corePriceMap().isEmpty()) {
			String cores = corePrices(spec.corePriceMap(), currency, locale);
			prices = (prices != null) ? prices + " " + cores : cores;
		}
		if (prices != null) {
			text.append(" · ").append(prices);
		}
		text.append(" · ").append(word(spec.onSale() ? "spec.onSale" : "reviews.spec.offSale", null, locale));
		return text.toString();
	}

	/**
	 * Prices per core count, "2 核 60.00 / 4 核 110.00 CNY", as the product pages write
	 * them.
	 */
	String corePrices(Map<Integer, BigDecimal> prices, String currency, Locale locale) {
		return this.corePriceText.show(prices, currency, locale);
	}

	/**
	 * The image asset by its name, image id and region, as the publish form offers it.
	 */
	private String asset(ReviewRequest request, String value) {
		return number(value).flatMap((id) -> this.assets.describe(request.merchant(), id))
			.map((a) -> a.name() + " (" + a.imageId() + ", " + a.region() + ")")
			.orElse(null);
	}

	/**
	 * The delisted product in the reader's language (requests before both names were kept
	 * have them together).
	 */
	private String delistedName(ReviewRequest request) {
		Map<String, String> values = request.newValues();
		String name = this.names.of(values.get("productNameZh"), values.get("productNameEn"));
		return (name != null) ? name : values.get("productName");
	}

	/** The specs to delist by name; none named means the whole product. */
	private String delistedSpecs(ReviewRequest request, String value, Locale locale) {
		if (value.isBlank()) {
			return word("delist.allSpecs", value, locale);
		}
		Optional<Long> productId = number(request.newValues().get("product"));
		if (productId.isEmpty()) {
			return null;
		}
		Viewer merchant = Viewer.wholeMerchant(request.merchant(), LocalDateTime.now(this.clock));
		List<Spec> specs = this.products.product(merchant, productId.get()).map(ProductView::specs).orElse(List.of());
		return Arrays.stream(value.split(","))
			.map(String::trim)
			.map((id) -> specs.stream()
				.filter((s) -> String.valueOf(s.id()).equals(id))
				.findFirst()
				.map((s) -> this.names.of(s.nameZh(), s.nameEn()))
				.orElse(id))
			.collect(Collectors.joining(separator(locale)));
	}

	private String word(String key, String fallback, Locale locale) {
		return this.messages.getMessage(key, null, fallback, locale);
	}

	private String separator(Locale locale) {
		return this.messages.getMessage("reviews.listSeparator", null, ", ", locale);
	}

	/** Prices with their cents, as the price lists write them. */
	private static String money(BigDecimal value) {
		return (value.scale() < 2) ? value.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
				: value.toPlainString();
	}

	private static Optional<Long> number(String value) {
		try {
			return (value != null) ? Optional.of(Long.valueOf(value.trim())) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}

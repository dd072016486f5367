package io.sellercenter.product;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.sellercenter.shared.TextRules;

/**
 * What a submitted application must satisfy, for every type and for its own type, and
 * what a change may not do to what is listed. Drafts are saved without these checks.
 */
public final class ProductRules {

	static final Set<String> CATEGORIES = Set.of("AI", "DATABASE", "DATA_SET", "DEVOPS", "SECURITY", "WEBSITE",
			"SOFTWARE_DEV", "CONSULTING");

	static final Set<String> REGIONS = Set.of("CN", "HK", "AP", "AF", "LA");

	static final Set<String> CURRENCIES = Set.of("CNY", "USD");

	/**
	 * The most specs an application may state, drafts included: a buyer compares them on
	 * one page, and the form and the review show them all. The bundles' text for
	 * {@code product.tooManySpecs} names the number.
	 */
	public static final int MAX_SPECS = 20;

	/**
	 * The longest delivery period a supervised product may promise, in days. The bundles'
	 * text for {@code product.deliveryDays} names the number.
	 */
	static final int MAX_DELIVERY_DAYS = 365;

	/**
	 * The most working days a supervised product's merchant may take to confirm a
	 * customer's requirement: longer leaves the customer waiting with nothing to appeal.
	 * The bundles' text for {@code product.confirmDays} names the number.
	 */
	static final int MAX_CONFIRM_DAYS = 10;

	/** The text fields of a product and where each is read. */
	private static final Map<String, Function<ProductContent, String>> TEXT = texts();

	/**
	 * The longest each text field may be, in a draft and when submitted. A draft keeps a
	 * phone number as typed up to 40 characters; a submission must be a phone number
	 * ({@link TextRules#isPhone}, at most 31).
	 */
	static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(Map.entry("nameZh", 100), Map.entry("nameEn", 100),
			Map.entry("summary", 200), Map.entry("description", 5000), Map.entry("highlights", 2000),
			Map.entry("customerCases", 2000), Map.entry("version", 40), Map.entry("supportPhone", 40),
			Map.entry("supportEmail", TextRules.MAX_EMAIL_LENGTH), Map.entry("serviceHours", 100),
			Map.entry("timeZone", 64), Map.entry("externalUrl", 500), Map.entry("acceptanceCriteria", 2000));

	private ProductRules() {
	}

	static List<FieldError> check(ProductType type, ProductContent c, List<Spec> listedSpecs) {
		List<FieldError> errors = new ArrayList<>();
		text(errors, "nameZh", c.nameZh(), MAX_LENGTH.get("nameZh"));
		text(errors, "nameEn", c.nameEn(), MAX_LENGTH.get("nameEn"));
		text(errors, "summary", c.summary(), MAX_LENGTH.get("summary"));
		text(errors, "description", c.description(), MAX_LENGTH.get("description"));
		optional(errors, "highlights", c.highlights(), MAX_LENGTH.get("highlights"));
		optional(errors, "customerCases", c.customerCases(), MAX_LENGTH.get("customerCases"));
		required(errors, "logo", c.logoFileId());
		if (c.category() == null || !CATEGORIES.contains(c.category())) {
			errors.add(new FieldError("category", "product.required"));
		}
		if (c.salesRegions().isEmpty() || !REGIONS.containsAll(c.salesRegions())) {
			errors.add(new FieldError("salesRegions", "product.regions"));
		}
		if (!TextRules.isPhone(c.supportPhone())) {
			errors.add(new FieldError("supportPhone", "validation.phone"));
		}
		if (!TextRules.isEmail(c.supportEmail())) {
			errors.add(new FieldError("supportEmail", "product.email"));
		}
		text(errors, "serviceHours", c.serviceHours(), MAX_LENGTH.get("serviceHours"));
		if (!validZone(c.timeZone())) {
			errors.add(new FieldError("timeZone", "product.timeZone"));
		}
		switch (type) {
			case IMAGE -> {
				text(errors, "version", c.version(), MAX_LENGTH.get("version"));
				required(errors, "asset", c.assetId());
				required(errors, "userGuide", c.userGuideFileId());
			}
			case CONSULTING -> {
				if (!https(c.externalUrl())) {
					errors.add(new FieldError("externalUrl", "product.httpsUrl"));
				}
				if (!c.specs().isEmpty()) {
					errors.add(new FieldError("specs", "product.consultingNoSpecs"));
				}
			}
			case DATA_FILE -> {
				text(errors, "version", c.version(), MAX_LENGTH.get("version"));
				required(errors, "rightsCertificate", c.rightsCertificateFileId());
				if (c.complianceReportFileId() == null && !c.complianceNotApplicable()) {
					errors.add(new FieldError("complianceReport", "product.reportOrNa"));
				}
				if (c.qualityReportFileId() == null && !c.qualityNotApplicable()) {
					errors.add(new FieldError("qualityReport", "product.reportOrNa"));
				}
				required(errors, "dataItems", c.dataItemsFileId());
				text(errors, "acceptanceCriteria", c.acceptanceCriteria(), MAX_LENGTH.get("acceptanceCriteria"));
			}
			case SAAS -> {
				// The buyer gets an account on the merchant's service, not a server: the
				// guide says how to sign in and start; the version is the service's.
				text(errors, "version", c.version(), MAX_LENGTH.get("version"));
				required(errors, "userGuide", c.userGuideFileId());
			}
		}
		if (c.supervisedFor(type)) {
			supervision(errors, c);
		}
		if (type.hasSpecs()) {
			specs(errors, type, c.specs(), listedSpecs);
		}
		return errors;
	}

	/**
	 * The deadlines a supervised product is held to: the platform starts the clock on
	 * them for every order, so neither may be missing (an image that ticks supervision
	 * needs a delivery period as a data file always did).
	 */
	private static void supervision(List<FieldError> errors, ProductContent c) {
		if (c.deliveryDays() == null || c.deliveryDays() < 1 || c.deliveryDays() > MAX_DELIVERY_DAYS) {
			errors.add(new FieldError("deliveryDays", "product.deliveryDays"));
		}
		if (c.confirmDays() == null || c.confirmDays() < 1 || c.confirmDays() > MAX_CONFIRM_DAYS) {
			errors.add(new FieldError("confirmDays", "product.confirmDays"));
		}
	}

	/**
	 * What even a draft may not hold: text longer than the field takes when submitted (a
	 * draft's name is a column of its own, and nothing typed is kept unbounded). The
	 * strict fields, which a draft may hold in any form, are bounded by what an answer of
	 * their kind can be.
	 */
	static List<FieldError> lengths(ProductContent c) {
		List<FieldError> errors = new ArrayList<>();
		TEXT.forEach((field, value) -> optional(errors, field, value.apply(c), MAX_LENGTH.get(field)));
		if (c.specs().size() > MAX_SPECS) {
			errors.add(new FieldError("specs", "product.tooManySpecs"));
		}
		for (int i = 0; i < c.specs().size(); i++) {
			SpecDraft s = c.specs().get(i);
			if (tooLong(s.nameZh(), 100) || tooLong(s.nameEn(), 100) || tooLong(s.corePrices(), 500)) {
				errors.add(new FieldError("spec." + (i + 1), "product.tooLong"));
			}
		}
		return errors;
	}

	private static Map<String, Function<ProductContent, String>> texts() {
		Map<String, Function<ProductContent, String>> texts = new LinkedHashMap<>();
		texts.put("nameZh", ProductContent::nameZh);
		texts.put("nameEn", ProductContent::nameEn);
		texts.put("summary", ProductContent::summary);
		texts.put("description", ProductContent::description);
		texts.put("highlights", ProductContent::highlights);
		texts.put("customerCases", ProductContent::customerCases);
		texts.put("version", ProductContent::version);
		texts.put("supportPhone", ProductContent::supportPhone);
		texts.put("supportEmail", ProductContent::supportEmail);
		texts.put("serviceHours", ProductContent::serviceHours);
		texts.put("timeZone", ProductContent::timeZone);
		texts.put("externalUrl", ProductContent::externalUrl);
		texts.put("acceptanceCriteria", ProductContent::acceptanceCriteria);
		return texts;
	}

	private static boolean tooLong(String value, int max) {
		return value != null && value.length() > max;
	}

	private static void specs(List<FieldError> errors, ProductType type, List<SpecDraft> specs, List<Spec> listed) {
		if (specs.stream().noneMatch(SpecDraft::onSale)) {
			errors.add(new FieldError("specs", "product.specOnSale"));
		}
		for (int i = 0; i < specs.size(); i++) {
			spec(errors, "spec." + (i + 1), type, specs.get(i));
		}
		for (Spec old : listed) {
			SpecDraft now = specs.stream()
				.filter((s) -> Long.valueOf(old.id()).equals(s.id()))
				.findFirst()
				.orElse(null);
			if (now == null) {
				errors.add(new FieldError("specs", "product.specDeleted"));
			}
			else if (old.corePrices() != null && !old.corePrices().isBlank()) {
				Map<Integer, BigDecimal> before = CorePrices.parse(old.corePrices());
				Map<Integer, BigDecimal> after = (now.corePrices() != null) ? CorePrices.parse(now.corePrices()) : null;
				if (before != null && (after == null || !after.keySet().containsAll(before.keySet()))) {
					errors.add(new FieldError("spec." + (specs.indexOf(now) + 1), "product.coreRemoved"));
				}
			}
		}
	}

	private static void spec(List<FieldError> errors, String field, ProductType type, SpecDraft s) {
		if (blank(s.nameZh()) || blank(s.nameEn()) || s.nameZh().length() > 100 || s.nameEn().length() > 100) {
			errors.add(new FieldError(field, "product.specName"));
		}
		if (s.chargingMode() == null || s.currency() == null || !CURRENCIES.contains(s.currency())) {
			errors.add(new FieldError(field, "product.specCharging"));
			return;
		}
		boolean cores = !blank(s.corePrices());
		if (type == ProductType.DATA_FILE) {
			if (s.chargingMode() == ChargingMode.ONE_TIME) {
				errors.add(new FieldError(field, "product.dataFileCharging"));
			}
			if (s.price() != null && s.usePrice() != null) {
				errors.add(new FieldError(field, "product.periodAndUse"));
				return;
			}
		}
		else if (s.usePrice() != null) {
			errors.add(new FieldError(field, "product.periodAndUse"));
		}
		if (cores && type != ProductType.IMAGE) {
			errors.add(new FieldError(field, "product.coresImageOnly"));
		}
		else if (cores && CorePrices.parse(s.corePrices()) == null) {
			errors.add(new FieldError(field, "product.corePrices"));
		}
		else if (!cores && !positive(s.price())) {
			errors.add(new FieldError(field, "product.specPrice"));
		}
	}

	private static boolean positive(BigDecimal price) {
		return price != null && price.signum() > 0 && price.scale() <= 2 && price.precision() - price.scale() <= 12;
	}

	static boolean https(String url) {
		if (url == null || url.length() > 500) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getHost().contains(".");
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static boolean validZone(String zone) {
		try {
			return zone != null && ZoneId.of(zone) != null;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static void text(List<FieldError> errors, String field, String value, int max) {
		if (blank(value)) {
			errors.add(new FieldError(field, "product.required"));
		}
		else if (value.length() > max) {
			errors.add(new FieldError(field, "product.tooLong"));
		}
	}

	private static void optional(List<FieldError> errors, String field, String value, int max) {
		if (value != null && value.length() > max) {
			errors.add(new FieldError(field, "product.tooLong"));
		}
	}

	private static void required(List<FieldError> errors, String field, Object value) {
		if (value == null) {
			errors.add(new FieldError(field, "product.required"));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}

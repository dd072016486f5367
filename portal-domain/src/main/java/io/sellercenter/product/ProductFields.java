package io.sellercenter.product;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A listing as the review sees it: field name to text, in page order. Each spec is one
 * field ({@code spec.1}, {@code spec.2}, ...) summarised on one line, so a reviewer
 * compares specs row by row and can comment on one of them.
 */
public final class ProductFields {

	private static final String SEPARATOR = " · ";

	private static final String ON_SALE = SEPARATOR + "on sale";

	private static final String OFF_SALE = SEPARATOR + "off sale";

	/** The pricing part of a summary, as {@link #summary} writes it. */
	private static final Pattern PRICING = Pattern
		.compile("(\\w+)(?: (-?[\\d.]+) (\\S+))?(?: \\+ (-?[\\d.]+) (\\S+)/use)?(?: \\[([^\\]]*)\\] (\\S+))?");

	private ProductFields() {
	}

	public static Map<String, String> of(ProductType type, ProductContent c) {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("type", type.name());
		map.put("nameZh", c.nameZh());
		map.put("nameEn", c.nameEn());
		map.put("summary", c.summary());
		map.put("description", c.description());
		map.put("highlights", c.highlights());
		map.put("customerCases", c.customerCases());
		map.put("logo", id(c.logoFileId()));
		map.put("category", c.category());
		map.put("version", c.version());
		map.put("salesRegions", String.join(", ", c.salesRegions()));
		map.put("publicVisible", String.valueOf(c.publicVisible()));
		map.put("supportPhone", c.supportPhone());
		map.put("supportEmail", c.supportEmail());
		map.put("serviceHours", c.serviceHours());
		map.put("timeZone", c.timeZone());
		switch (type) {
			case IMAGE -> {
				map.put("asset", id(c.assetId()));
				map.put("userGuide", id(c.userGuideFileId()));
				map.put("supervised", String.valueOf(c.supervisedFor(type)));
				if (c.supervisedFor(type)) {
					map.put("deliveryDays", number(c.deliveryDays()));
					map.put("confirmDays", number(c.confirmDays()));
				}
			}
			case CONSULTING -> map.put("externalUrl", c.externalUrl());
			case DATA_FILE -> {
				map.put("rightsCertificate", id(c.rightsCertificateFileId()));
				map.put("complianceReport", c.complianceNotApplicable() ? "N/A" : id(c.complianceReportFileId()));
				map.put("qualityReport", c.qualityNotApplicable() ? "N/A" : id(c.qualityReportFileId()));
				map.put("dataItems", id(c.dataItemsFileId()));
				map.put("acceptanceCriteria", c.acceptanceCriteria());
				map.put("deliveryDays", number(c.deliveryDays()));
				// Always supervised: shown so that the reviewer reads the same rows as
				// for
				// an image, whatever the draft happened to store.
				map.put("supervised", String.valueOf(c.supervisedFor(type)));
				map.put("confirmDays", number(c.confirmDays()));
			}
			case SAAS -> map.put("userGuide", id(c.userGuideFileId()));
		}
		for (int i = 0; i < c.specs().size(); i++) {
			map.put("spec." + (i + 1), summary(c.specs().get(i)));
		}
		return map;
	}

	/**
	 * Fields whose value is a stored file id, which the review page shows as the file (an
	 * image previewed, others to download).
	 */
	public static boolean isFile(String field) {
		return switch (field) {
			case "logo", "userGuide", "rightsCertificate", "complianceReport", "qualityReport", "dataItems" -> true;
			default -> false;
		};
	}

	/**
	 * A spec as {@link #of} summarised it, read back into its parts so that a page can
	 * put it into words; empty for a text that is not such a summary.
	 */
	public static Optional<SpecLine> readSpec(String text) {
		if (text == null) {
			return Optional.empty();
		}
		boolean onSale = text.endsWith(ON_SALE);
		if (!onSale && !text.endsWith(OFF_SALE)) {
			return Optional.empty();
		}
		String rest = text.substring(0, text.length() - (onSale ? ON_SALE : OFF_SALE).length());
		// The names come first and may hold anything; the pricing after them never holds
		// the separator.
		int cut = rest.lastIndexOf(SEPARATOR);
		if (cut < 0) {
			return Optional.empty();
		}
		Matcher pricing = PRICING.matcher(rest.substring(cut + SEPARATOR.length()));
		if (!pricing.matches()) {
			return Optional.empty();
		}
		try {
			String currency = (pricing.group(3) != null) ? pricing.group(3)
					: (pricing.group(5) != null) ? pricing.group(5) : pricing.group(7);
			return Optional.of(new SpecLine(rest.substring(0, cut), mode(pricing.group(1)), decimal(pricing.group(2)),
					decimal(pricing.group(4)), pricing.group(6), "null".equals(currency) ? null : currency, onSale));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static ChargingMode mode(String name) {
		return "null".equals(name) ? null : ChargingMode.valueOf(name);
	}

	private static BigDecimal decimal(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

	/**
	 * A spec of a reviewed listing: its names as written ("zh / en"), how it is charged
	 * and priced, and whether it is on sale.
	 */
	public record SpecLine(String names, ChargingMode chargingMode, BigDecimal price, BigDecimal usePrice,
			String corePrices, String currency, boolean onSale) {

		/** Core count to price, in the order written; empty when there are none. */
		public Map<Integer, BigDecimal> corePriceMap() {
			Map<Integer, BigDecimal> prices = (this.corePrices != null) ? CorePrices.parse(this.corePrices) : null;
			return (prices != null) ? prices : Map.of();
		}

	}

	static String summary(SpecDraft s) {
		StringBuilder text = new StringBuilder();
		text.append(s.nameZh()).append(" / ").append(s.nameEn()).append(SEPARATOR).append(s.chargingMode());
		if (s.price() != null) {
			text.append(' ').append(plain(s.price())).append(' ').append(s.currency());
		}
		if (s.usePrice() != null) {
			text.append(" + ").append(plain(s.usePrice())).append(' ').append(s.currency()).append("/use");
		}
		if (s.corePrices() != null && !s.corePrices().isBlank()) {
			text.append(" [").append(s.corePrices()).append("] ").append(s.currency());
		}
		text.append(s.onSale() ? ON_SALE : OFF_SALE);
		return text.toString();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String number(Integer value) {
		return (value != null) ? value.toString() : null;
	}

	private static String id(Long id) {
		return (id != null) ? id.toString() : null;
	}

}

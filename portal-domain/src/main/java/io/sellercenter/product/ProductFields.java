package io.sellercenter.product;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A listing as the review sees it: field name to text, in page order. Each spec is one
 * field ({@code spec.1}, {@code spec.2}, ...) summarised on one line, so a reviewer
 * compares specs row by row and can comment on one of them.
 */
public final class ProductFields {

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
			}
			case CONSULTING -> map.put("externalUrl", c.externalUrl());
			case DATA_FILE -> {
				map.put("rightsCertificate", id(c.rightsCertificateFileId()));
				map.put("complianceReport", c.complianceNotApplicable() ? "N/A" : id(c.complianceReportFileId()));
				map.put("qualityReport", c.qualityNotApplicable() ? "N/A" : id(c.qualityReportFileId()));
				map.put("dataItems", id(c.dataItemsFileId()));
				map.put("acceptanceCriteria", c.acceptanceCriteria());
				map.put("deliveryDays", (c.deliveryDays() != null) ? c.deliveryDays().toString() : null);
			}
		}
		for (int i = 0; i < c.specs().size(); i++) {
			map.put("spec." + (i + 1), summary(c.specs().get(i)));
		}
		return map;
	}

	/**
	 * Fields whose value is a stored file id, which review pages show as a download link.
	 */
	public static boolean isFile(String field) {
		return switch (field) {
			case "logo", "userGuide", "rightsCertificate", "complianceReport", "qualityReport", "dataItems" -> true;
			default -> false;
		};
	}

	static String summary(SpecDraft s) {
		StringBuilder text = new StringBuilder();
		text.append(s.nameZh()).append(" / ").append(s.nameEn()).append(" · ").append(s.chargingMode());
		if (s.price() != null) {
			text.append(' ').append(plain(s.price())).append(' ').append(s.currency());
		}
		if (s.usePrice() != null) {
			text.append(" + ").append(plain(s.usePrice())).append(' ').append(s.currency()).append("/use");
		}
		if (s.corePrices() != null && !s.corePrices().isBlank()) {
			text.append(" [").append(s.corePrices()).append("] ").append(s.currency());
		}
		text.append(s.onSale() ? " · on sale" : " · off sale");
		return text.toString();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String id(Long id) {
		return (id != null) ? id.toString() : null;
	}

}

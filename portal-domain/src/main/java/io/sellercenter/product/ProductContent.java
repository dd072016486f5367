package io.sellercenter.product;

import java.util.List;

/**
 * A product's listing as an application states it and as the approved listing keeps it:
 * the common fields of every type, the part of its own type, and the specs. Stored as
 * JSON. File fields hold ids of stored files; {@code complianceNotApplicable} and
 * {@code qualityNotApplicable} say "not applicable" instead of a report.
 */
public record ProductContent(String nameZh, String nameEn, String summary, String description, String highlights,
		String customerCases, Long logoFileId, String category, String version, List<String> salesRegions,
		boolean publicVisible, String supportPhone, String supportEmail, String serviceHours, String timeZone,
		Long assetId, Long userGuideFileId, String externalUrl, Long rightsCertificateFileId,
		Long complianceReportFileId, boolean complianceNotApplicable, Long qualityReportFileId,
		boolean qualityNotApplicable, Long dataItemsFileId, String acceptanceCriteria, Integer deliveryDays,
		List<SpecDraft> specs) {

	public ProductContent {
		salesRegions = (salesRegions != null) ? List.copyOf(salesRegions) : List.of();
		specs = (specs != null) ? specs.stream().filter((s) -> !s.blank()).toList() : List.of();
	}

	public static ProductContent empty() {
		return new ProductContent(null, null, null, null, null, null, null, null, null, List.of(), true, null, null,
				null, "Asia/Shanghai", null, null, null, null, null, false, null, false, null, null, null, List.of());
	}

}

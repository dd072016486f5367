package io.sellercenter.product;

import java.util.List;

/**
 * A product's listing as an application states it and as the approved listing keeps it:
 * the common fields of every type, the part of its own type, and the specs. Stored as
 * JSON. File fields hold ids of stored files; {@code complianceNotApplicable} and
 * {@code qualityNotApplicable} say "not applicable" instead of a report.
 * <p>
 * {@code supervised} and {@code confirmDays} are for service supervision: the platform
 * watches that a supervised product's merchant confirms a customer's requirement within
 * {@code confirmDays} working days and delivers within {@code deliveryDays}. Listings
 * written before supervision have neither (null), hence the boxed types and the
 * {@code ...OrDefault} readers.
 */
public record ProductContent(String nameZh, String nameEn, String summary, String description, String highlights,
		String customerCases, Long logoFileId, String category, String version, List<String> salesRegions,
		boolean publicVisible, String supportPhone, String supportEmail, String serviceHours, String timeZone,
		Long assetId, Long userGuideFileId, String externalUrl, Long rightsCertificateFileId,
		Long complianceReportFileId, boolean complianceNotApplicable, Long qualityReportFileId,
		boolean qualityNotApplicable, Long dataItemsFileId, String acceptanceCriteria, Integer deliveryDays,
		Boolean supervised, Integer confirmDays, List<SpecDraft> specs) {

	public ProductContent {
		salesRegions = (salesRegions != null) ? List.copyOf(salesRegions) : List.of();
		specs = (specs != null) ? specs.stream().filter((s) -> !s.blank()).toList() : List.of();
	}

	public static ProductContent empty() {
		return new ProductContent(null, null, null, null, null, null, null, null, null, List.of(), true, null, null,
				null, "Asia/Shanghai", null, null, null, null, null, false, null, false, null, null, null, false, null,
				List.of());
	}

	/**
	 * Whether delivery of a product of {@code type} with this listing is supervised: a
	 * data file always is (what is delivered can be checked against its data items and
	 * acceptance criteria), an image when its merchant says so, a consulting service
	 * never (it is delivered elsewhere, at its external URL).
	 */
	public boolean supervisedFor(ProductType type) {
		return type == ProductType.DATA_FILE || (type == ProductType.IMAGE && Boolean.TRUE.equals(this.supervised));
	}

	/**
	 * Working days the merchant has to confirm a customer's requirement; listings written
	 * before the field existed get the default the form offers.
	 */
	public int confirmDaysOrDefault() {
		return (this.confirmDays != null) ? this.confirmDays : 2;
	}

	/**
	 * Days the merchant has to deliver; listings without the field (images before
	 * supervision) get a default rather than no deadline.
	 */
	public int deliveryDaysOrDefault() {
		return (this.deliveryDays != null) ? this.deliveryDays : 5;
	}

}

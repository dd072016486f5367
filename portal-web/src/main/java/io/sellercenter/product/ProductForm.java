package io.sellercenter.product;

import java.util.ArrayList;
import java.util.List;

/**
 * The publish form of every type (the type's own fields are ignored for other types).
 * Files are separate multipart parts; the ids of files uploaded before are kept from the
 * stored draft.
 */
record ProductForm(String nameZh, String nameEn, String summary, String description, String highlights,
		String customerCases, String category, String version, List<String> salesRegions, Boolean publicVisible,
		String supportPhone, String supportEmail, String serviceHours, String timeZone, Long assetId,
		String externalUrl, Boolean complianceNotApplicable, Boolean qualityNotApplicable, String acceptanceCriteria,
		Integer deliveryDays, List<SpecForm> specs) {

	/** Spec rows the form offers. */
	static final int SPEC_ROWS = 5;

	static ProductForm of(ProductContent c) {
		List<SpecForm> rows = new ArrayList<>(c.specs().stream().map(SpecForm::of).toList());
		while (rows.size() < Math.max(SPEC_ROWS, c.specs().size() + 1)) {
			rows.add(SpecForm.empty());
		}
		return new ProductForm(c.nameZh(), c.nameEn(), c.summary(), c.description(), c.highlights(), c.customerCases(),
				c.category(), c.version(), c.salesRegions(), c.publicVisible(), c.supportPhone(), c.supportEmail(),
				c.serviceHours(), c.timeZone(), c.assetId(), c.externalUrl(), c.complianceNotApplicable(),
				c.qualityNotApplicable(), c.acceptanceCriteria(), c.deliveryDays(), rows);
	}

	/**
	 * The content this form states, with the files of {@code files} (uploaded now or
	 * before).
	 */
	ProductContent toContent(ProductType type, Files files) {
		List<SpecDraft> drafts = (type.hasSpecs() && this.specs != null)
				? this.specs.stream().map(SpecForm::toDraft).toList() : List.of();
		boolean complianceNa = Boolean.TRUE.equals(this.complianceNotApplicable);
		boolean qualityNa = Boolean.TRUE.equals(this.qualityNotApplicable);
		return new ProductContent(trim(this.nameZh), trim(this.nameEn), trim(this.summary), trim(this.description),
				trim(this.highlights), trim(this.customerCases), files.logo(), this.category, trim(this.version),
				this.salesRegions, Boolean.TRUE.equals(this.publicVisible), trim(this.supportPhone),
				trim(this.supportEmail), trim(this.serviceHours), trim(this.timeZone),
				(type == ProductType.IMAGE) ? this.assetId : null, files.userGuide(),
				(type == ProductType.CONSULTING) ? trim(this.externalUrl) : null, files.rightsCertificate(),
				complianceNa ? null : files.complianceReport(), complianceNa, qualityNa ? null : files.qualityReport(),
				qualityNa, files.dataItems(), (type == ProductType.DATA_FILE) ? trim(this.acceptanceCriteria) : null,
				(type == ProductType.DATA_FILE) ? this.deliveryDays : null, drafts);
	}

	/** File ids of a draft, after this request's uploads. */
	record Files(Long logo, Long userGuide, Long rightsCertificate, Long complianceReport, Long qualityReport,
			Long dataItems) {

		static Files of(ProductContent c) {
			return new Files(c.logoFileId(), c.userGuideFileId(), c.rightsCertificateFileId(),
					c.complianceReportFileId(), c.qualityReportFileId(), c.dataItemsFileId());
		}

	}

	private static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}

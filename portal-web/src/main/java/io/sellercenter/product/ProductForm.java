package io.sellercenter.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The publish form of every type (the type's own fields are ignored for other types).
 * Files are separate multipart parts; the ids of files uploaded before are kept from the
 * stored draft. Numbers people type (prices, days) arrive as text, so that one that is
 * not a number is an error next to its field, with the rest of the form as typed.
 */
record ProductForm(String nameZh, String nameEn, String summary, String description, String highlights,
		String customerCases, String category, String version, List<String> salesRegions, Boolean publicVisible,
		String supportPhone, String supportEmail, String serviceHours, String timeZone, Long assetId,
		String externalUrl, Boolean complianceNotApplicable, Boolean qualityNotApplicable, String acceptanceCriteria,
		String deliveryDays, Boolean supervised, String confirmDays, List<SpecForm> specs) {

	/** The form of a stored draft: its specs, then one empty row to add a spec. */
	static ProductForm of(ProductContent c) {
		return new ProductForm(c.nameZh(), c.nameEn(), c.summary(), c.description(), c.highlights(), c.customerCases(),
				c.category(), c.version(), c.salesRegions(), c.publicVisible(), c.supportPhone(), c.supportEmail(),
				c.serviceHours(), c.timeZone(), c.assetId(), c.externalUrl(), c.complianceNotApplicable(),
				c.qualityNotApplicable(), c.acceptanceCriteria(),
				(c.deliveryDays() != null) ? c.deliveryDays().toString() : null, c.supervised(),
				String.valueOf(c.confirmDaysOrDefault()), withEmptyRow(c.specs().stream().map(SpecForm::of).toList()));
	}

	/**
	 * This form as sent, shown again: the rows that say something, numbered as the errors
	 * number them, then one empty row.
	 */
	ProductForm shownAgain() {
		return new ProductForm(this.nameZh, this.nameEn, this.summary, this.description, this.highlights,
				this.customerCases, this.category, this.version, this.salesRegions, this.publicVisible,
				this.supportPhone, this.supportEmail, this.serviceHours, this.timeZone, this.assetId, this.externalUrl,
				this.complianceNotApplicable, this.qualityNotApplicable, this.acceptanceCriteria, this.deliveryDays,
				this.supervised, this.confirmDays,
				withEmptyRow(filled().stream().map(SpecForm::withoutBlankCores).toList()));
	}

	/** What the form states and what in it a draft cannot hold. */
	record Read(ProductContent content, List<FieldError> errors) {
	}

	/**
	 * The content this form states, with the files of {@code files} (uploaded now or
	 * before), and the numbers that are not numbers. Specs are numbered {@code spec.1},
	 * {@code spec.2}, ... over the rows that say something, as the rules number them.
	 */
	Read read(ProductType type, Files files) {
		List<FieldError> errors = new ArrayList<>();
		List<SpecDraft> drafts = new ArrayList<>();
		if (type.hasSpecs()) {
			List<SpecForm> rows = filled();
			for (int i = 0; i < rows.size(); i++) {
				drafts.add(rows.get(i).toDraft("spec." + (i + 1), type, errors));
			}
		}
		// A data file is always supervised, whatever a browser sends for the (disabled)
		// box; the deadlines are kept only for a supervised product, which is held to
		// them.
		boolean supervisedNow = (type == ProductType.DATA_FILE)
				|| (type == ProductType.IMAGE && Boolean.TRUE.equals(this.supervised));
		Integer days = supervisedNow ? days(this.deliveryDays, "deliveryDays", "product.deliveryDays", errors) : null;
		// The confirmation period left empty is the default the form offers (and old
		// clients of the form, which know nothing of it, send nothing).
		Integer confirm = null;
		if (supervisedNow) {
			confirm = blank(this.confirmDays) ? Integer.valueOf(ProductContent.empty().confirmDaysOrDefault())
					: days(this.confirmDays, "confirmDays", "product.confirmDays", errors);
		}
		boolean complianceNa = Boolean.TRUE.equals(this.complianceNotApplicable);
		boolean qualityNa = Boolean.TRUE.equals(this.qualityNotApplicable);
		ProductContent content = new ProductContent(trim(this.nameZh), trim(this.nameEn), trim(this.summary),
				trim(this.description), trim(this.highlights), trim(this.customerCases), files.logo(), this.category,
				trim(this.version), this.salesRegions, Boolean.TRUE.equals(this.publicVisible), trim(this.supportPhone),
				trim(this.supportEmail), trim(this.serviceHours), trim(this.timeZone),
				(type == ProductType.IMAGE) ? this.assetId : null, files.userGuide(),
				(type == ProductType.CONSULTING) ? trim(this.externalUrl) : null, files.rightsCertificate(),
				complianceNa ? null : files.complianceReport(), complianceNa, qualityNa ? null : files.qualityReport(),
				qualityNa, files.dataItems(), (type == ProductType.DATA_FILE) ? trim(this.acceptanceCriteria) : null,
				days, supervisedNow, confirm, drafts);
		return new Read(content, List.copyOf(errors));
	}

	/**
	 * The id of the field a message about {@code field} (as the rules name it) takes the
	 * reader to.
	 */
	static String anchor(String field) {
		if (field.startsWith("spec.")) {
			try {
				return "specs-" + (Integer.parseInt(field.substring("spec.".length())) - 1) + "-nameZh";
			}
			catch (NumberFormatException ex) {
				return "step-specs";
			}
		}
		return switch (field) {
			case "specs" -> "step-specs";
			case "asset" -> "assetId";
			case "interface" -> "interface-status";
			case "salesRegions" -> "region-CN";
			case "logo", "userGuide", "rightsCertificate", "complianceReport", "qualityReport", "dataItems" ->
				field + "File";
			default -> field;
		};
	}

	/** A number of days as typed; one that is not a whole number is an error. */
	private static Integer days(String value, String field, String code, List<FieldError> errors) {
		if (blank(value)) {
			return null;
		}
		Integer days = SpecForm.whole(value);
		if (days == null) {
			errors.add(new FieldError(field, code));
		}
		return days;
	}

	/** Spec rows that say something (a browser sends empty rows too). */
	private List<SpecForm> filled() {
		return (this.specs != null) ? this.specs.stream().filter(Objects::nonNull).filter((s) -> !s.blank()).toList()
				: List.of();
	}

	private static List<SpecForm> withEmptyRow(List<SpecForm> rows) {
		List<SpecForm> all = new ArrayList<>(rows);
		all.add(SpecForm.empty());
		return all;
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

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}

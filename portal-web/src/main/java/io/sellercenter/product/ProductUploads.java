package io.sellercenter.product;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sellercenter.datafile.CellError;
import io.sellercenter.datafile.DataItemReport;
import io.sellercenter.datafile.DataItemValidator;
import io.sellercenter.file.FileKind;
import io.sellercenter.file.FileService;
import io.sellercenter.file.Upload;
import io.sellercenter.file.UploadRejected;
import io.sellercenter.file.Uploads;
import io.sellercenter.shared.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The files a publish form sends, each checked for its kind; the data-item workbook is
 * also validated row by row. Checking comes first and stores nothing, so a form that
 * cannot be saved still says which of its files would be refused; the accepted files are
 * stored once the draft is saved. A refused file keeps the one uploaded before and
 * explains why.
 */
@Component
class ProductUploads {

	/**
	 * Form part, field name (as the rules and the review name it) and kind of each file.
	 */
	private static final List<Part> PARTS = List.of(new Part("logoFile", "logo", FileKind.LOGO),
			new Part("userGuideFile", "userGuide", FileKind.USER_GUIDE),
			new Part("rightsCertificateFile", "rightsCertificate", FileKind.DATA_CERTIFICATE),
			new Part("complianceReportFile", "complianceReport", FileKind.ASSESSMENT_REPORT),
			new Part("qualityReportFile", "qualityReport", FileKind.ASSESSMENT_REPORT),
			new Part("dataItemsFile", "dataItems", FileKind.DATA_ITEMS));

	private final FileService files;

	private final DataItemValidator dataItems;

	ProductUploads(FileService files, DataItemValidator dataItems) {
		this.files = files;
		this.dataItems = dataItems;
	}

	private record Part(String name, String field, FileKind kind) {
	}

	/**
	 * What the form's uploads are: the accepted ones by field, errors by field, and
	 * data-item cell errors.
	 */
	record Checked(Map<String, Upload> accepted, Map<String, String> errors, List<CellError> dataItemErrors) {

		/**
		 * The files of a draft once the accepted uploads are in: for the rules' sake only
		 * (an accepted file not stored yet stands as id 0), when the form is checked
		 * without being saved.
		 */
		ProductForm.Files assumed(ProductForm.Files before) {
			return new ProductForm.Files(or(before.logo(), "logo"), or(before.userGuide(), "userGuide"),
					or(before.rightsCertificate(), "rightsCertificate"),
					or(before.complianceReport(), "complianceReport"), or(before.qualityReport(), "qualityReport"),
					or(before.dataItems(), "dataItems"));
		}

		private Long or(Long before, String field) {
			return this.accepted.containsKey(field) ? Long.valueOf(0) : before;
		}

	}

	Checked check(HttpServletRequest servletRequest) {
		// Filters may wrap the multipart request (the session, security), so look beneath
		// them.
		MultipartHttpServletRequest request = WebUtils.getNativeRequest(servletRequest,
				MultipartHttpServletRequest.class);
		if (request == null) {
			// A form without files (or a client that sent none) keeps the files uploaded
			// before.
			return new Checked(Map.of(), Map.of(), List.of());
		}
		Map<String, Upload> accepted = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		List<CellError> cellErrors = List.of();
		for (Part part : PARTS) {
			Upload upload = Uploads.of(request.getFile(part.name()));
			if (upload == null) {
				continue;
			}
			try {
				this.files.check(part.kind(), upload);
			}
			catch (UploadRejected ex) {
				errors.put(part.field(), "product." + ex.code());
				continue;
			}
			if (part.kind() == FileKind.DATA_ITEMS) {
				DataItemReport report = this.dataItems.validate(new ByteArrayInputStream(upload.bytes()));
				if (!report.valid()) {
					errors.put(part.field(), "product.dataItemsInvalid");
					cellErrors = report.errors();
					continue;
				}
			}
			accepted.put(part.field(), upload);
		}
		return new Checked(accepted, errors, cellErrors);
	}

	/** Stores the accepted uploads of a saved draft; the files now. */
	ProductForm.Files store(CurrentUser user, long applicationId, ProductForm.Files before, Checked checked) {
		return new ProductForm.Files(store(user, applicationId, checked, "logo", before.logo()),
				store(user, applicationId, checked, "userGuide", before.userGuide()),
				store(user, applicationId, checked, "rightsCertificate", before.rightsCertificate()),
				store(user, applicationId, checked, "complianceReport", before.complianceReport()),
				store(user, applicationId, checked, "qualityReport", before.qualityReport()),
				store(user, applicationId, checked, "dataItems", before.dataItems()));
	}

	private Long store(CurrentUser user, long applicationId, Checked checked, String field, Long before) {
		Upload upload = checked.accepted().get(field);
		if (upload == null) {
			return before;
		}
		FileKind kind = PARTS.stream().filter((p) -> p.field().equals(field)).findFirst().orElseThrow().kind();
		// Checked already: a refusal now would be a bug, not the merchant's to fix.
		return this.files.store(user.merchant(), kind, upload, user.userId(), applicationId).id();
	}

}

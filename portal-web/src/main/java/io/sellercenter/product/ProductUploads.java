package io.sellercenter.product;

import java.io.ByteArrayInputStream;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Stores the files a publish form sends, each checked for its kind; the data-item
 * workbook is also validated row by row. A refused file keeps the one uploaded before and
 * explains why.
 */
@Component
class ProductUploads {

	private final FileService files;

	private final DataItemValidator dataItems;

	ProductUploads(FileService files, DataItemValidator dataItems) {
		this.files = files;
		this.dataItems = dataItems;
	}

	/**
	 * What the form's uploads became: the files now, errors by field, and data-item cell
	 * errors.
	 */
	record Result(ProductForm.Files files, Map<String, String> errors, List<CellError> dataItemErrors) {
	}

	Result store(CurrentUser user, long applicationId, ProductForm.Files before, HttpServletRequest servletRequest) {
		// Filters may wrap the multipart request (the session, security), so look beneath
		// them.
		MultipartHttpServletRequest request = WebUtils.getNativeRequest(servletRequest,
				MultipartHttpServletRequest.class);
		if (request == null) {
			// A form without files (or a client that sent none) keeps the files uploaded
			// before.
			return new Result(before, Map.of(), List.of());
		}
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		List<CellError> cellErrors = List.of();
		Long logo = one(user, applicationId, request.getFile("logoFile"), FileKind.LOGO, before.logo(), "logo", errors);
		Long guide = one(user, applicationId, request.getFile("userGuideFile"), FileKind.USER_GUIDE, before.userGuide(),
				"userGuide", errors);
		Long rights = one(user, applicationId, request.getFile("rightsCertificateFile"), FileKind.DATA_CERTIFICATE,
				before.rightsCertificate(), "rightsCertificate", errors);
		Long compliance = one(user, applicationId, request.getFile("complianceReportFile"), FileKind.ASSESSMENT_REPORT,
				before.complianceReport(), "complianceReport", errors);
		Long quality = one(user, applicationId, request.getFile("qualityReportFile"), FileKind.ASSESSMENT_REPORT,
				before.qualityReport(), "qualityReport", errors);
		Long items = before.dataItems();
		Upload workbook = Uploads.of(request.getFile("dataItemsFile"));
		if (workbook != null) {
			DataItemReport report = (workbook.bytes().length <= FileKind.DATA_ITEMS.maxBytes())
					? this.dataItems.validate(new ByteArrayInputStream(workbook.bytes())) : null;
			if (report != null && !report.valid()) {
				errors.put("dataItems", "product.dataItemsInvalid");
				cellErrors = report.errors();
			}
			else {
				items = storeOne(user, applicationId, workbook, FileKind.DATA_ITEMS, items, "dataItems", errors);
			}
		}
		return new Result(new ProductForm.Files(logo, guide, rights, compliance, quality, items), errors, cellErrors);
	}

	private Long one(CurrentUser user, long applicationId, MultipartFile part, FileKind kind, Long before, String field,
			Map<String, String> errors) {
		Upload upload = Uploads.of(part);
		return (upload == null) ? before : storeOne(user, applicationId, upload, kind, before, field, errors);
	}

	private Long storeOne(CurrentUser user, long applicationId, Upload upload, FileKind kind, Long before, String field,
			Map<String, String> errors) {
		try {
			return this.files.store(user.merchant(), kind, upload, user.userId(), applicationId).id();
		}
		catch (UploadRejected ex) {
			errors.put(field, "product." + ex.code());
			return before;
		}
	}

}

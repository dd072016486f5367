package io.sellercenter.product;

import java.time.LocalDateTime;

class ApplicationRow {

	Long id;

	long merchantId;

	Long productId;

	ProductType type;

	ProductApplication.Kind kind;

	ApplicationStatus status;

	String nameZh;

	String content;

	String previousSubmission;

	Long reviewRequestId;

	long createdBy;

	LocalDateTime createdAt;

	LocalDateTime updatedAt;

	LocalDateTime submittedAt;

}

package io.sellercenter.review;

import java.time.LocalDateTime;

/**
 * A review_request row as stored, values still JSON text; also the insert's parameter.
 */
class ReviewRow {

	Long id;

	long merchantId;

	String merchantName;

	ReviewKind kind;

	ReviewStatus status;

	String oldValues;

	String newValues;

	long submittedBy;

	LocalDateTime submittedAt;

	LocalDateTime dueAt;

	Long reviewedBy;

	LocalDateTime reviewedAt;

	String reason;

}

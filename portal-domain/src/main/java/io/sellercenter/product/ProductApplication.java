package io.sellercenter.product;

import java.time.LocalDateTime;

/** A create or change application (申请) with its content. */
public record ProductApplication(long id, long merchantId, Long productId, ProductType type, Kind kind,
		ApplicationStatus status, ProductContent content, ProductContent previousSubmission, Long reviewRequestId,
		long createdBy, LocalDateTime createdAt, LocalDateTime updatedAt, LocalDateTime submittedAt) {

	public enum Kind {

		CREATE, CHANGE

	}

}

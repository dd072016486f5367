package io.sellercenter.review;

public enum ReviewStatus {

	PENDING, APPROVED, REJECTED

}

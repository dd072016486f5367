package io.sellercenter.product;

public enum ApplicationStatus {

	DRAFT, SUBMITTED, REJECTED, APPROVED;

	/**
	 * Drafts and rejected applications are edited; submitted ones wait, approved ones are
	 * history.
	 */
	public boolean editable() {
		return this == DRAFT || this == REJECTED;
	}

}

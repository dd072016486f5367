package io.sellercenter.review;

public enum ReviewKind {

	ONBOARDING, PROFILE_CHANGE, COMPLIANCE_LETTER

}

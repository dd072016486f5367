package io.sellercenter.merchant;

/**
 * Where a merchant stands in onboarding (入驻); products can be published only when
 * CERTIFIED.
 */
public enum Certification {

	NOT_SUBMITTED, PENDING, CERTIFIED, REJECTED

}

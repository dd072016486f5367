package io.sellercenter.merchant;

/**
 * Review state of the data-compliance commitment letter (数据合规承诺函) for data-file products.
 */
public enum ComplianceStatus {

	NONE, PENDING, APPROVED, REJECTED

}

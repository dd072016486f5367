package io.sellercenter.usage;

/** Why a usage record was rejected: the codes of the marketplace's table. */
public enum RejectionCode {

	INSTANCE_NOT_FOUND("001"), TIME_FORMAT("002"), VALUE_ABNORMAL("003"), SN_MISSING("004"), SN_ACCEPTED("005"),
	PRODUCT_DELISTED("006"), TOO_OLD("007"), PACKAGE("008"), OTHER_MERCHANT("009"), DUPLICATE("010"), TIME_RANGE("011"),
	NOT_ON_DEMAND("012"), INSTANCE_RELEASED("013");

	private final String code;

	RejectionCode(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static RejectionCode of(String code) {
		for (RejectionCode value : values()) {
			if (value.code.equals(code)) {
				return value;
			}
		}
		throw new IllegalArgumentException(code);
	}

}

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

	/**
	 * Whether the record, pushed again corrected, can still be accepted: not a duplicate
	 * of an accepted record (its usage is counted already), nor a record of an instance
	 * or product that takes no usage any more.
	 */
	public boolean fixedByPushingAgain() {
		return switch (this) {
			case SN_ACCEPTED, DUPLICATE, PRODUCT_DELISTED, NOT_ON_DEMAND, INSTANCE_RELEASED -> false;
			default -> true;
		};
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

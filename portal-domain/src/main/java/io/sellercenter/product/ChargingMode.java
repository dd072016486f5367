package io.sellercenter.product;

/** How a spec is priced: once, per month or year, or per use (on demand). */
public enum ChargingMode {

	ONE_TIME, MONTHLY, YEARLY, PER_USE;

	public boolean periodic() {
		return this == MONTHLY || this == YEARLY;
	}

}

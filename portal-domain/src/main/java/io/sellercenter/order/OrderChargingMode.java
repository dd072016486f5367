package io.sellercenter.order;

import io.sellercenter.product.ChargingMode;

/**
 * How an order line is charged, as the platform says it (the spec's {@link ChargingMode}
 * says how it is priced).
 */
public enum OrderChargingMode {

	ON_DEMAND, ONE_TIME, PERIOD, ON_DEMAND_PKG;

	/** Instances of on-demand lines (and of on-demand packages) take usage records. */
	public boolean onDemand() {
		return this == ON_DEMAND || this == ON_DEMAND_PKG;
	}

	/** Whether a spec priced this way can be ordered with this charging mode. */
	public boolean fits(ChargingMode specMode) {
		return switch (this) {
			case ONE_TIME -> specMode == ChargingMode.ONE_TIME;
			case PERIOD -> specMode.periodic();
			case ON_DEMAND, ON_DEMAND_PKG -> specMode == ChargingMode.PER_USE;
		};
	}

}

package io.sellercenter.saas;

import java.util.List;
import java.util.Optional;

import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderType;

/**
 * The mock orders the debug page pre-fills requests from (SPEC §12), each with line id
 * {@code <id>-000001}. A small table of its own for debugging; the order-query API has
 * its own mock orders, to be folded together later.
 */
public final class DebugOrders {

	private static final List<DebugOrder> ORDERS = List.of(
			new DebugOrder("MOCKPERIODYEARNEW", OrderChargingMode.PERIOD, OrderType.NEW, PeriodUnit.YEAR, 1),
			new DebugOrder("MOCKONETIMENEW", OrderChargingMode.ONE_TIME, OrderType.NEW, null, 0),
			new DebugOrder("MOCKONDEMAND", OrderChargingMode.ON_DEMAND, OrderType.NEW, null, 0),
			new DebugOrder("MOCKONDEMANDPKG", OrderChargingMode.ON_DEMAND_PKG, OrderType.NEW, null, 0),
			new DebugOrder("MOCKPERIODDAYTRIAL", OrderChargingMode.PERIOD, OrderType.TRIAL, PeriodUnit.DAY, 7),
			new DebugOrder("MOCKMONTYTRIALTOFORMAL", OrderChargingMode.PERIOD, OrderType.TRIAL_TO_FORMAL,
					PeriodUnit.MONTH, 1),
			new DebugOrder("MOCKMONTYUNSUBSCRIBE", OrderChargingMode.PERIOD, OrderType.UNSUBSCRIBE, PeriodUnit.MONTH,
					1),
			new DebugOrder("MOCKMONTYRENEW", OrderChargingMode.PERIOD, OrderType.RENEW, PeriodUnit.MONTH, 1),
			new DebugOrder("MOCKMONTYCHANGE", OrderChargingMode.PERIOD, OrderType.CHANGE, PeriodUnit.MONTH, 1));

	private DebugOrders() {
	}

	public static List<DebugOrder> all() {
		return ORDERS;
	}

	public static Optional<DebugOrder> find(String orderId) {
		return ORDERS.stream().filter((order) -> order.orderId().equals(orderId)).findFirst();
	}

	/** The unit of a mock period order; trials are counted in days. */
	public enum PeriodUnit {

		DAY, MONTH, YEAR

	}

	/**
	 * A mock order of one line; {@code periodUnit} is null and {@code periodNumber} 0 for
	 * orders without a period.
	 */
	public record DebugOrder(String orderId, OrderChargingMode chargingMode, OrderType orderType, PeriodUnit periodUnit,
			int periodNumber) {

		public String orderLineId() {
			return this.orderId + "-000001";
		}

		public boolean periodic() {
			return this.periodUnit != null;
		}

	}

}

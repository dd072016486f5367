package io.sellercenter.saas;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderType;
import io.sellercenter.order.PeriodType;

/**
 * The mock orders of the marketplace (SPEC §12): ids a merchant's interface can be
 * debugged with, and that the order-query API answers for any merchant, so that a
 * merchant's server can read back the order it was called for during a debug run. One
 * line each, {@code <id>-000001}. Times are counted from the clock passed in, so a debug
 * request always carries a fresh order and a test can fix them.
 */
public final class MockOrders {

	/** Every mock order id starts so. */
	public static final String PREFIX = "MOCK";

	private static final String LINE_SUFFIX = "-000001";

	private static final String CUSTOMER_ID = "MOCKCUSTOMER000001";

	private static final String CUSTOMER_NAME = "Mock Customer";

	private static final String USER_NAME = "mock_user";

	private static final String PRODUCT_ID = "MOCKPRODUCT000001";

	private static final String PRODUCT_NAME = "Mock SaaS product";

	/** How long before the clock's now each mock order was placed. */
	private static final long PLACED_MINUTES_AGO = 10;

	private MockOrders() {
	}

	/**
	 * A mock order's only line, with what a debug request needs to describe it. Times are
	 * UTC. {@code periodType} and {@code periodNumber} are null unless the line is
	 * charged by period (or is a package valid for a period); {@code expireTime} is null
	 * for lines that never expire (on demand, one time). {@code skuCode} stands for the
	 * spec; {@code packageLine} says the line is an on-demand package.
	 */
	public record MockOrder(String orderId, String orderLineId, OrderType orderType, OrderChargingMode chargingMode,
			PeriodType periodType, Integer periodNumber, LocalDateTime createTime, LocalDateTime expireTime,
			String customerId, String customerName, String userName, String productId, String productName,
			String skuCode, BigDecimal amount, String currency, boolean packageLine) {

		/** Whether the order is a trial (the marketplace's {@code trialFlag}). */
		public boolean trial() {
			return this.orderType == OrderType.TRIAL;
		}

	}

	/** Every mock order, in the order of SPEC §12, placed ten minutes before now. */
	public static List<MockOrder> all(Clock clock) {
		LocalDateTime placed = LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)
			.minusMinutes(PLACED_MINUTES_AGO);
		return List.of(
				period("MOCKPERIODYEARNEW", OrderType.NEW, PeriodType.YEAR, 1, placed, placed.plusYears(1),
						"MOCKSKUYEAR", "1200.00"),
				line("MOCKONETIMENEW", OrderType.NEW, OrderChargingMode.ONE_TIME, placed, null, "MOCKSKUONETIME",
						"500.00", false),
				line("MOCKONDEMAND", OrderType.NEW, OrderChargingMode.ON_DEMAND, placed, null, "MOCKSKUONDEMAND",
						"0.00", false),
				new MockOrder("MOCKONDEMANDPKG", "MOCKONDEMANDPKG" + LINE_SUFFIX, OrderType.NEW,
						OrderChargingMode.ON_DEMAND_PKG, PeriodType.YEAR, 1, placed, placed.plusYears(1), CUSTOMER_ID,
						CUSTOMER_NAME, USER_NAME, PRODUCT_ID, PRODUCT_NAME, "MOCKSKUPKG", new BigDecimal("300.00"),
						"CNY", true),
				period("MOCKPERIODDAYTRIAL", OrderType.TRIAL, PeriodType.DAY, 7, placed, placed.plusDays(7),
						"MOCKSKUMONTH", "0.00"),
				period("MOCKMONTYTRIALTOFORMAL", OrderType.TRIAL_TO_FORMAL, PeriodType.MONTH, 1, placed,
						placed.plusMonths(1), "MOCKSKUMONTH", "100.00"),
				// Unsubscribed now: the line ends when the order is placed.
				period("MOCKMONTYUNSUBSCRIBE", OrderType.UNSUBSCRIBE, PeriodType.MONTH, 1, placed, placed,
						"MOCKSKUMONTH", "100.00"),
				// A month more on a subscription that had a month left.
				period("MOCKMONTYRENEW", OrderType.RENEW, PeriodType.MONTH, 1, placed, placed.plusMonths(2),
						"MOCKSKUMONTH", "100.00"),
				// Changed to the larger spec for the rest of the month.
				period("MOCKMONTYCHANGE", OrderType.CHANGE, PeriodType.MONTH, 1, placed, placed.plusMonths(1),
						"MOCKSKUMONTHPLUS", "50.00"));
	}

	/**
	 * The mock order with this id, and, when {@code orderLineId} is given, with that
	 * line; empty otherwise.
	 */
	public static Optional<MockOrder> find(Clock clock, String orderId, String orderLineId) {
		if (!isMock(orderId)) {
			return Optional.empty();
		}
		return all(clock).stream()
			.filter((order) -> order.orderId().equals(orderId))
			.filter((order) -> orderLineId == null || order.orderLineId().equals(orderLineId))
			.findFirst();
	}

	/**
	 * Whether the id may be a mock order's: a quick test before the catalogue is built.
	 */
	public static boolean isMock(String orderId) {
		return orderId != null && orderId.startsWith(PREFIX);
	}

	private static MockOrder period(String id, OrderType type, PeriodType periodType, int number, LocalDateTime placed,
			LocalDateTime expires, String sku, String amount) {
		return new MockOrder(id, id + LINE_SUFFIX, type, OrderChargingMode.PERIOD, periodType, number, placed, expires,
				CUSTOMER_ID, CUSTOMER_NAME, USER_NAME, PRODUCT_ID, PRODUCT_NAME, sku, new BigDecimal(amount), "CNY",
				false);
	}

	private static MockOrder line(String id, OrderType type, OrderChargingMode mode, LocalDateTime placed,
			LocalDateTime expires, String sku, String amount, boolean pkg) {
		return new MockOrder(id, id + LINE_SUFFIX, type, mode, null, null, placed, expires, CUSTOMER_ID, CUSTOMER_NAME,
				USER_NAME, PRODUCT_ID, PRODUCT_NAME, sku, new BigDecimal(amount), "CNY", pkg);
	}

}

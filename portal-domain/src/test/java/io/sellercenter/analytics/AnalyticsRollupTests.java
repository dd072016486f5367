package io.sellercenter.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.sellercenter.order.InstanceAction;
import io.sellercenter.order.NewOrder;
import io.sellercenter.order.OrderChargingMode;
import io.sellercenter.order.OrderIntake;
import io.sellercenter.order.OrderRejected;
import io.sellercenter.order.OrderStatus;
import io.sellercenter.order.OrderType;
import io.sellercenter.order.PeriodType;
import io.sellercenter.testsupport.DomainTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The roll-ups against a direct aggregate of the source tables, written here apart from
 * the portal's code: on random orders (paid on arrival or later and out of order, around
 * the merchant's midnight, in two currencies, cancelled after payment, refunded by
 * UNSUBSCRIBE orders, with instances created and released) applied in random pieces; with
 * two workers at once; after a crash between adding and deleting; and rebuilt from
 * scratch.
 */
@DomainTest
class AnalyticsRollupTests {

	/** Acme keeps the default service hours. */
	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	OrderIntake orders;

	@Autowired
	AnalyticsRollup rollup;

	@Autowired
	AnalyticsRebuild rebuild;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private long acme;

	@BeforeEach
	void settle() {
		this.acme = this.jdbc.queryForObject("SELECT id FROM merchant WHERE domain_id = 'acme'", Long.class);
		// Other tests write orders and usage straight into the tables, around the deltas:
		// each test starts from Acme's sources and checks what its own changes add.
		applyAll();
		this.rebuild.rebuild(this.acme);
	}

	@Test
	void theRollUpsAreTheSourcesAggregatedOnRandomData() {
		Random random = new Random(20261207);
		List<String> pending = new ArrayList<>();
		List<String> instances = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			int roll = random.nextInt(10);
			if (roll < 6) {
				order(random, pending, instances);
			}
			else if (roll < 7 && !pending.isEmpty()) {
				// Paid late, and at a time before orders already rolled up.
				String id = pending.remove(random.nextInt(pending.size()));
				LocalDateTime paid = midnightish(random).minusDays(random.nextInt(5));
				quietly(() -> this.orders.changeStatus(id,
						random.nextBoolean() ? OrderStatus.PROCESSING : OrderStatus.COMPLETED, paid, paid,
						"e-" + UUID.randomUUID()));
			}
			else if (roll < 8) {
				String id = anyPaidOrder(random);
				if (id != null) {
					quietly(() -> this.orders.changeStatus(id, OrderStatus.CANCELLED, LocalDateTime.now(ZoneOffset.UTC),
							null, "e-" + UUID.randomUUID()));
				}
			}
			else if (roll < 9 && !instances.isEmpty()) {
				String instance = instances.remove(random.nextInt(instances.size()));
				quietly(() -> this.orders.changeInstance(instance, InstanceAction.RELEASE,
						LocalDateTime.now(ZoneOffset.UTC), "e-" + UUID.randomUUID()));
			}
			else {
				this.rollup.apply(1 + random.nextInt(7));
			}
		}
		applyAll();
		assertRollUpsMatchTheSources();
	}

	@Test
	void twoWorkersAtOnceCountEveryDeltaOnce() throws Exception {
		Random random = new Random(7);
		for (int i = 0; i < 150; i++) {
			order(random, new ArrayList<>(), new ArrayList<>());
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> workers = new ArrayList<>();
		for (int w = 0; w < 2; w++) {
			workers.add(pool.submit(() -> {
				int applied = 0;
				int step;
				while ((step = this.rollup.apply(25)) > 0) {
					applied += step;
				}
				return applied;
			}));
		}
		int total = 0;
		for (Future<Integer> worker : workers) {
			total += worker.get();
		}
		pool.shutdown();
		assertThat(total).isGreaterThanOrEqualTo(150 * 2);
		assertRollUpsMatchTheSources();
	}

	@Test
	void aCrashBetweenAddingAndDeletingCountsNothingTwice() {
		Random random = new Random(11);
		for (int i = 0; i < 10; i++) {
			order(random, new ArrayList<>(), new ArrayList<>());
		}
		Map<String, String> before = rollUps();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((tx) -> {
			assertThat(this.rollup.apply(10_000)).isPositive();
			throw new IllegalStateException("the process dies before the commit");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(rollUps()).isEqualTo(before);
		applyAll();
		assertRollUpsMatchTheSources();
	}

	@Test
	void theRebuildGivesTheSameNumbers() {
		Random random = new Random(3);
		for (int i = 0; i < 20; i++) {
			order(random, new ArrayList<>(), new ArrayList<>());
		}
		applyAll();
		Map<String, String> incremental = rollUps();
		this.rebuild.rebuild(this.acme);
		assertThat(rollUps()).isEqualTo(incremental);
		assertRollUpsMatchTheSources();
	}

	// the data

	private void order(Random random, List<String> pending, List<String> instances) {
		String id = "AN" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
		boolean dataFile = random.nextInt(3) == 0;
		long product = productId(dataFile ? "Retail Footfall Dataset" : "WordPress One-Click");
		long spec = dataFile ? specOf(product, "MONTHLY")
				: specOf(product, random.nextBoolean() ? "MONTHLY" : "PER_USE");
		boolean period = "MONTHLY".equals(
				this.jdbc.queryForObject("SELECT charging_mode FROM product_spec WHERE id = ?", String.class, spec));
		OrderType type = switch (random.nextInt(8)) {
			case 0 -> OrderType.RENEW;
			case 1 -> OrderType.UNSUBSCRIBE;
			default -> OrderType.NEW;
		};
		OrderStatus status = switch (random.nextInt(4)) {
			case 0 -> OrderStatus.PENDING_PAYMENT;
			case 1 -> OrderStatus.COMPLETED;
			default -> OrderStatus.PROCESSING;
		};
		LocalDateTime at = midnightish(random);
		BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(100_000), 2);
		List<String> instanceIds = (period || random.nextBoolean()) ? List.of("ins-" + id.toLowerCase()) : List.of();
		NewOrder.Line line = new NewOrder.Line(id + "-1", product, spec,
				period ? OrderChargingMode.PERIOD : OrderChargingMode.ON_DEMAND, period ? PeriodType.MONTH : null,
				period ? 1 : null, null, amount, instanceIds);
		this.orders.receive(new NewOrder(id, "acme", type, status, at,
				(status == OrderStatus.PENDING_PAYMENT) ? null : at, random.nextInt(5) == 0 ? "USD" : "CNY", amount,
				new NewOrder.Customer("cust-" + id, "Customer " + id, "acct" + id), List.of(line)), "e-" + id);
		if (status == OrderStatus.PENDING_PAYMENT) {
			pending.add(id);
		}
		instances.addAll(instanceIds);
	}

	/** Around the merchant's midnight (16:00 UTC), within a few days. */
	private static LocalDateTime midnightish(Random random) {
		return LocalDate.now(ZoneOffset.UTC)
			.minusDays(random.nextInt(4))
			.atTime(16, 0)
			.plusSeconds(random.nextInt(7200) - 3600)
			.plusNanos(random.nextInt(1000) * 1000L);
	}

	private String anyPaidOrder(Random random) {
		List<String> ids = this.jdbc.queryForList("SELECT order_id FROM orders WHERE merchant_id = ?"
				+ " AND order_id LIKE 'AN%' AND status = 'PROCESSING'", String.class, this.acme);
		return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
	}

	/** A refused platform call (a supervised order's completion, say) changes nothing. */
	private static void quietly(Runnable call) {
		try {
			call.run();
		}
		catch (OrderRejected ex) {
			// refused, as the platform would be told
		}
	}

	private void applyAll() {
		while (this.rollup.apply(10_000) > 0) {
			// until none waits
		}
	}

	// the comparison

	private void assertRollUpsMatchTheSources() {
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM analytics_delta WHERE merchant_id = ?", Long.class,
				this.acme))
			.isZero();
		assertThat(rollUps()).isEqualTo(aggregated());
	}

	/** The roll-ups of Acme, each row as "table|key" → "count|amount". */
	private Map<String, String> rollUps() {
		Map<String, String> rows = new TreeMap<>();
		this.jdbc.query(
				"SELECT day, order_type, currency, orders, amount FROM analytics_order_day" + " WHERE merchant_id = ?",
				(rs) -> {
					put(rows, "order|" + rs.getDate(1) + "|" + rs.getString(2) + "|" + rs.getString(3), rs.getLong(4),
							rs.getBigDecimal(5));
				}, this.acme);
		this.jdbc.query("SELECT day, product_id, charging_mode, order_type, currency, line_count, amount"
				+ " FROM analytics_line_day WHERE merchant_id = ?", (rs) -> {
					put(rows, "line|" + rs.getDate(1) + "|" + rs.getLong(2) + "|" + rs.getString(3) + "|"
							+ rs.getString(4) + "|" + rs.getString(5), rs.getLong(6), rs.getBigDecimal(7));
				}, this.acme);
		this.jdbc.query("SELECT day, product_id, records, quantity FROM analytics_usage_day WHERE merchant_id = ?",
				(rs) -> {
					put(rows, "usage|" + rs.getDate(1) + "|" + rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4));
				}, this.acme);
		this.jdbc.query("SELECT product_id, charging_mode, active FROM analytics_instances WHERE merchant_id = ?",
				(rs) -> {
					put(rows, "instances|" + rs.getLong(1) + "|" + rs.getString(2), rs.getLong(3), BigDecimal.ZERO);
				}, this.acme);
		return rows;
	}

	/** The same straight from the orders, lines, verdicts and instances. */
	private Map<String, String> aggregated() {
		Map<String, long[]> counts = new TreeMap<>();
		Map<String, BigDecimal> amounts = new TreeMap<>();
		this.jdbc.query("SELECT COALESCE(paid_at, created_at), order_type, currency, amount FROM orders"
				+ " WHERE merchant_id = ? AND status IN ('PROCESSING', 'COMPLETED')", (rs) -> {
					String key = "order|" + day(rs.getObject(1, LocalDateTime.class)) + "|" + rs.getString(2) + "|"
							+ rs.getString(3);
					sum(counts, amounts, key, 1, rs.getBigDecimal(4));
				}, this.acme);
		this.jdbc.query("SELECT COALESCE(o.paid_at, o.created_at), l.product_id, l.charging_mode, o.order_type,"
				+ " o.currency, l.amount FROM orders o JOIN order_line l ON l.order_ref = o.id"
				+ " WHERE o.merchant_id = ? AND o.status IN ('PROCESSING', 'COMPLETED')", (rs) -> {
					String key = "line|" + day(rs.getObject(1, LocalDateTime.class)) + "|" + rs.getLong(2) + "|"
							+ rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5);
					sum(counts, amounts, key, 1, rs.getBigDecimal(6));
				}, this.acme);
		this.jdbc.query("SELECT begin_at, product_id, COALESCE(value_dec, 0) FROM usage_verdict WHERE merchant_id = ?"
				+ " AND state IN ('ACCEPTED', 'BILLED') AND product_id IS NOT NULL", (rs) -> {
					String key = "usage|" + day(rs.getObject(1, LocalDateTime.class)) + "|" + rs.getLong(2);
					sum(counts, amounts, key, 1, rs.getBigDecimal(3));
				}, this.acme);
		this.jdbc.query("SELECT i.product_id, l.charging_mode FROM order_instance i JOIN order_line l"
				+ " ON l.id = i.line_ref WHERE i.merchant_id = ? AND i.status <> 'RELEASED'", (rs) -> {
					sum(counts, amounts, "instances|" + rs.getLong(1) + "|" + rs.getString(2), 1, BigDecimal.ZERO);
				}, this.acme);
		Map<String, String> rows = new TreeMap<>();
		counts.forEach((key, count) -> put(rows, key, count[0], amounts.get(key)));
		return rows;
	}

	private static LocalDate day(LocalDateTime utc) {
		return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZONE).toLocalDate();
	}

	private static void sum(Map<String, long[]> counts, Map<String, BigDecimal> amounts, String key, long count,
			BigDecimal amount) {
		counts.computeIfAbsent(key, (k) -> new long[1])[0] += count;
		amounts.merge(key, amount, BigDecimal::add);
	}

	/** Rows that sum to nothing (all cancelled or released) are as good as absent. */
	private static void put(Map<String, String> rows, String key, long count, BigDecimal amount) {
		BigDecimal money = amount.setScale(2, RoundingMode.HALF_UP);
		if (count == 0 && money.signum() == 0) {
			return;
		}
		rows.put(key, count + "|" + money.toPlainString());
	}

	private long productId(String nameEn) {
		return this.jdbc.queryForObject("SELECT id FROM product WHERE merchant_id = ? AND name_en = ?", Long.class,
				this.acme, nameEn);
	}

	private long specOf(long product, String mode) {
		return this.jdbc.queryForObject("SELECT MIN(id) FROM product_spec WHERE product_id = ? AND charging_mode = ?",
				Long.class, product, mode);
	}

}

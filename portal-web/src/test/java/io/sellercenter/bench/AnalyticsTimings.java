package io.sellercenter.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.sellercenter.PortalApplication;
import io.sellercenter.analytics.AnalyticsService;
import io.sellercenter.analytics.Dimension;
import io.sellercenter.analytics.Range;
import io.sellercenter.analytics.Range.Granularity;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.testsupport.Apps;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The analytics pages' service calls timed in the JVM, for {@code bench/analytics.sh}
 * when the checkout has no analytics pages yet: a portal context on the bench database
 * (jobs off, web server on a free port), then each page's calls as its controller makes
 * them (the charts' currency look-up and "data as of" included; no HTTP, no template, no
 * session) at RATE calls/s offered for SECONDS s each, from 8 threads, each call's time
 * counted from when it was due.
 * <p>
 * {@code java ... AnalyticsTimings JDBC_URL USER PASSWORD MERCHANT_DOMAIN RATE SECONDS IDP_PORT}
 */
public final class AnalyticsTimings {

	private AnalyticsTimings() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", 0);
		properties.put("spring.datasource.url", args[0]);
		properties.put("spring.datasource.username", args[1]);
		properties.put("spring.datasource.password", args[2]);
		properties.put("spring.security.oauth2.client.provider.marketplace.issuer-uri", "http://127.0.0.1:" + args[6]);
		properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://127.0.0.1:" + args[6]);
		properties.put("portal.redis-namespace", "bench-analytics-timings");
		properties.put("portal.notifications.sender-enabled", false);
		for (String jobs : List.of("usage", "analytics", "exports", "tickets", "supervision")) {
			properties.put("portal." + jobs + ".jobs-enabled", false);
		}
		int rate = Integer.parseInt(args[4]);
		int seconds = Integer.parseInt(args[5]);
		try (ConfigurableApplicationContext portal = Apps.start(PortalApplication.class, properties, "local",
				"bench")) {
			long merchant = portal.getBean(JdbcTemplate.class)
				.queryForObject("SELECT id FROM merchant WHERE domain_id = ?", Long.class, args[3]);
			AnalyticsService analytics = portal.getBean(AnalyticsService.class);
			Viewer viewer = Viewer.wholeMerchant(new MerchantId(merchant), LocalDateTime.now(ZoneOffset.UTC));
			LocalDate today = analytics.today(viewer);
			Range month = new Range(today.minusDays(29), today, Granularity.DAY);
			Range yearByDay = new Range(today.minusDays(364), today, Granularity.DAY);
			Range yearByMonth = new Range(today.minusDays(364), today, Granularity.MONTH);
			Range twelveMonths = new Range(today.withDayOfMonth(1).minusMonths(11), today, Granularity.MONTH);
			Map<String, Runnable> calls = new LinkedHashMap<>();
			calls.put("overview(salesByMonth,instancesByMode,usage-30d)", () -> {
				salesByMonth(analytics, viewer, twelveMonths);
				instances(analytics, viewer);
				usage(analytics, viewer, month);
			});
			calls.put("business-30d-DAY", () -> business(analytics, viewer, month));
			calls.put("business-365d-MONTH", () -> business(analytics, viewer, yearByMonth));
			calls.put("chart-salesByMonth", () -> salesByMonth(analytics, viewer, twelveMonths));
			calls.put("chart-instancesByMode", () -> instances(analytics, viewer));
			calls.put("chart-usage-365d-DAY", () -> usage(analytics, viewer, yearByDay));
			calls.put("chart-sales-365d-DAY", () -> sales(analytics, viewer, yearByDay, Dimension.NONE));
			calls.put("chart-sales-365d-MONTH-PRODUCT", () -> sales(analytics, viewer, yearByMonth, Dimension.PRODUCT));
			calls.put("chart-sales-365d-MONTH-CHARGING_MODE",
					() -> sales(analytics, viewer, yearByMonth, Dimension.CHARGING_MODE));
			calls.put("chart-sales-365d-MONTH-ORDER_TYPE",
					() -> sales(analytics, viewer, yearByMonth, Dimension.ORDER_TYPE));
			calls.put("chart-topProducts-365d", () -> {
				analytics.topProducts(viewer, yearByMonth, currency(analytics, viewer, yearByMonth), 10);
				analytics.asOf(viewer);
			});
			calls.put("chart-usageByProduct-365d-DAY", () -> {
				analytics.usageByProduct(viewer, yearByDay);
				analytics.asOf(viewer);
			});
			System.out.printf("   (Acme's roll-up rows: %s)%n",
					portal.getBean(JdbcTemplate.class)
						.queryForList(
								"SELECT (SELECT COUNT(*) FROM analytics_order_day WHERE merchant_id = ?),"
										+ " (SELECT COUNT(*) FROM analytics_line_day WHERE merchant_id = ?),"
										+ " (SELECT COUNT(*) FROM analytics_usage_day WHERE merchant_id = ?)",
								merchant, merchant, merchant));
			for (Map.Entry<String, Runnable> call : calls.entrySet()) {
				long warm = System.nanoTime() + 5_000_000_000L;
				while (System.nanoTime() < warm) {
					call.getValue().run();
				}
				measure(call.getKey(), call.getValue(), rate, seconds);
			}
		}
		System.exit(0);
	}

	private static void measure(String name, Runnable call, int rate, int seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
		long interval = 1_000_000_000L / rate;
		long started = System.nanoTime();
		int total = rate * seconds;
		List<Future<?>> done = new ArrayList<>();
		for (int k = 0; k < total; k++) {
			long due = started + k * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			done.add(pool.submit(() -> {
				call.run();
				nanos.add(System.nanoTime() - due);
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		System.out.printf("   %-40s %5d calls, %5.1f calls/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
				name, sorted.size(), sorted.size() / elapsed, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99),
				pct(sorted, 1.0));
	}

	private static double pct(List<Long> sorted, double p) {
		return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
	}

	/**
	 * What the business page calls: the currencies, four sales charts, top products,
	 * usage.
	 */
	private static void business(AnalyticsService analytics, Viewer viewer, Range range) {
		analytics.currencies(viewer, range);
		for (Dimension dimension : List.of(Dimension.NONE, Dimension.PRODUCT, Dimension.CHARGING_MODE,
				Dimension.ORDER_TYPE)) {
			sales(analytics, viewer, range, dimension);
		}
		analytics.topProducts(viewer, range, currency(analytics, viewer, range), 10);
		analytics.asOf(viewer);
		analytics.usageByProduct(viewer, range);
		analytics.asOf(viewer);
	}

	private static void sales(AnalyticsService analytics, Viewer viewer, Range range, Dimension dimension) {
		analytics.sales("sales", viewer, range, dimension, currency(analytics, viewer, range));
		analytics.asOf(viewer);
	}

	private static void salesByMonth(AnalyticsService analytics, Viewer viewer, Range twelveMonths) {
		analytics.salesByMonth(viewer, currency(analytics, viewer, twelveMonths));
		analytics.asOf(viewer);
	}

	private static void instances(AnalyticsService analytics, Viewer viewer) {
		analytics.instancesByMode(viewer);
		analytics.asOf(viewer);
	}

	private static void usage(AnalyticsService analytics, Viewer viewer, Range range) {
		analytics.usage(viewer, range);
		analytics.asOf(viewer);
	}

	/**
	 * The charts' currency when none is asked for: the one paid most in over the range.
	 */
	private static String currency(AnalyticsService analytics, Viewer viewer, Range range) {
		List<String> currencies = analytics.currencies(viewer, range);
		return currencies.isEmpty() ? "CNY" : currencies.get(0);
	}

}

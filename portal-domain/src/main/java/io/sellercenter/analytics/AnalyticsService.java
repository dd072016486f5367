package io.sellercenter.analytics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.sellercenter.analytics.AnalyticsMapper.DayFigure;
import io.sellercenter.analytics.AnalyticsMapper.ProductName;
import io.sellercenter.analytics.Range.Granularity;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.MerchantId;

import org.springframework.stereotype.Service;

/**
 * The charts' numbers, read from the roll-ups (a few hundred rows at most per chart,
 * whatever the merchant's size). The main account sees the merchant's figures; a sub-user
 * those of the products it holds a grant of, read from the line roll-up (so a sub-user's
 * "orders" are the order lines of its products). "Transaction amount" and "paid orders"
 * leave out UNSUBSCRIBE orders, which are refunds and shown as their own order type.
 */
@Service
public class AnalyticsService {

	static final String REFUND = "UNSUBSCRIBE";

	private final AnalyticsMapper mapper;

	private final AnalyticsDeltas deltas;

	private final Clock clock;

	AnalyticsService(AnalyticsMapper mapper, AnalyticsDeltas deltas, Clock clock) {
		this.mapper = mapper;
		this.deltas = deltas;
		this.clock = clock;
	}

	/** The merchant's time zone: its days. */
	public ZoneId zone(Viewer viewer) {
		return this.deltas.zone(viewer.merchant());
	}

	public LocalDate today(Viewer viewer) {
		return LocalDate.now(this.clock.withZone(zone(viewer)));
	}

	/** The figures hold every change committed before this time (UTC). */
	public LocalDateTime asOf(Viewer viewer) {
		LocalDateTime oldest = this.mapper.oldestWaiting(viewer.merchant());
		return (oldest != null) ? oldest : LocalDateTime.now(this.clock);
	}

	/** Amount and paid orders over the last 12 months, this one included. */
	public Chart salesByMonth(Viewer viewer, String currency) {
		LocalDate today = today(viewer);
		Range range = new Range(today.withDayOfMonth(1).minusMonths(11), today, Granularity.MONTH);
		return sales("salesByMonth", viewer, range, Dimension.NONE, currency);
	}

	/**
	 * Amount and count per period; with a dimension, the amount of each of its values
	 * (order types include refunds; the others leave them out).
	 */
	public Chart sales(String id, Viewer viewer, Range range, Dimension dimension, String currency) {
		List<DayFigure> rows = salesRows(viewer, range, dimension).stream()
			.filter((r) -> currency.equals(r.currency()))
			.filter((r) -> dimension == Dimension.ORDER_TYPE || !REFUND.equals(r.orderType()))
			.toList();
		List<String> periods = range.periods();
		if (dimension == Dimension.NONE) {
			Map<String, BigDecimal> amount = new HashMap<>();
			Map<String, BigDecimal> count = new HashMap<>();
			for (DayFigure r : rows) {
				amount.merge(range.period(r.day()), r.amount(), BigDecimal::add);
				count.merge(range.period(r.day()), BigDecimal.valueOf(r.count()), BigDecimal::add);
			}
			return new Chart(id, labels(periods),
					List.of(new Chart.Series("amount", null, null, true, values(periods, amount)),
							new Chart.Series("orders", null, null, false, values(periods, count))));
		}
		Function<DayFigure, String> key = switch (dimension) {
			case PRODUCT -> (r) -> String.valueOf(r.productId());
			case CHARGING_MODE -> DayFigure::chargingMode;
			default -> DayFigure::orderType;
		};
		Map<String, Map<String, BigDecimal>> byKey = new LinkedHashMap<>();
		for (DayFigure r : rows) {
			byKey.computeIfAbsent(key.apply(r), (k) -> new HashMap<>())
				.merge(range.period(r.day()), r.amount(), BigDecimal::add);
		}
		Map<String, ProductName> names = (dimension == Dimension.PRODUCT) ? names(viewer) : Map.of();
		List<Chart.Series> series = new ArrayList<>();
		for (String k : new TreeSet<>(byKey.keySet())) {
			ProductName name = names.get(k);
			series.add(new Chart.Series(k, (name != null) ? name.nameZh() : null, (name != null) ? name.nameEn() : null,
					true, values(periods, byKey.get(k))));
		}
		return new Chart(id, labels(periods), series);
	}

	/** The products with the largest amount in the range, at most {@code limit}. */
	public Chart topProducts(Viewer viewer, Range range, String currency, int limit) {
		Map<Long, BigDecimal> amount = new HashMap<>();
		Map<Long, BigDecimal> lines = new HashMap<>();
		for (DayFigure r : lineRows(viewer, range)) {
			if (currency.equals(r.currency()) && !REFUND.equals(r.orderType())) {
				amount.merge(r.productId(), r.amount(), BigDecimal::add);
				lines.merge(r.productId(), BigDecimal.valueOf(r.count()), BigDecimal::add);
			}
		}
		List<Long> top = amount.keySet()
			.stream()
			.sorted(Comparator.comparing((Long p) -> amount.get(p)).reversed().thenComparing(Function.identity()))
			.limit(limit)
			.toList();
		Map<String, ProductName> names = names(viewer);
		List<Chart.Label> labels = top.stream().map((p) -> {
			ProductName name = names.get(String.valueOf(p));
			return new Chart.Label(String.valueOf(p), (name != null) ? name.nameZh() : null,
					(name != null) ? name.nameEn() : null);
		}).toList();
		return new Chart("topProducts", labels,
				List.of(new Chart.Series("amount", null, null, true, top.stream().map(amount::get).toList()),
						new Chart.Series("lines", null, null, false, top.stream().map(lines::get).toList())));
	}

	/** Instances not released, by charging mode. */
	public Chart instancesByMode(Viewer viewer) {
		Map<String, BigDecimal> active = new LinkedHashMap<>();
		for (DayFigure r : this.mapper.instances(viewer.merchant(), products(viewer))) {
			active.merge(r.chargingMode(), BigDecimal.valueOf(r.count()), BigDecimal::add);
		}
		List<String> modes = new ArrayList<>(new TreeSet<>(active.keySet()));
		return new Chart("instancesByMode", labels(modes),
				List.of(new Chart.Series("instances", null, null, false, values(modes, active))));
	}

	/** Accepted usage records and their quantity per period. */
	public Chart usage(Viewer viewer, Range range) {
		List<String> periods = range.periods();
		Map<String, BigDecimal> records = new HashMap<>();
		Map<String, BigDecimal> quantity = new HashMap<>();
		for (DayFigure r : usageRows(viewer, range)) {
			records.merge(range.period(r.day()), BigDecimal.valueOf(r.count()), BigDecimal::add);
			quantity.merge(range.period(r.day()), r.amount(), BigDecimal::add);
		}
		return new Chart("usage", labels(periods),
				List.of(new Chart.Series("records", null, null, false, values(periods, records)),
						new Chart.Series("quantity", null, null, false, values(periods, quantity))));
	}

	/** The usage quantity of each product per period. */
	public Chart usageByProduct(Viewer viewer, Range range) {
		List<String> periods = range.periods();
		Map<String, Map<String, BigDecimal>> byProduct = new LinkedHashMap<>();
		for (DayFigure r : usageRows(viewer, range)) {
			byProduct.computeIfAbsent(String.valueOf(r.productId()), (k) -> new HashMap<>())
				.merge(range.period(r.day()), r.amount(), BigDecimal::add);
		}
		Map<String, ProductName> names = names(viewer);
		List<Chart.Series> series = new ArrayList<>();
		for (String product : new TreeSet<>(byProduct.keySet())) {
			ProductName name = names.get(product);
			series.add(new Chart.Series(product, (name != null) ? name.nameZh() : null,
					(name != null) ? name.nameEn() : null, false, values(periods, byProduct.get(product))));
		}
		return new Chart("usageByProduct", labels(periods), series);
	}

	/** The currencies the merchant was paid in over the range, the most used first. */
	public List<String> currencies(Viewer viewer, Range range) {
		Map<String, BigDecimal> amount = new HashMap<>();
		for (DayFigure r : lineRows(viewer, range)) {
			amount.merge(r.currency(), r.amount().abs(), BigDecimal::add);
		}
		List<String> currencies = new ArrayList<>(amount.keySet());
		currencies.sort(Comparator.comparing((String c) -> amount.get(c)).reversed().thenComparing(c -> c));
		return currencies;
	}

	/** Null for the main account (every product), else the granted ones. */
	Collection<Long> products(Viewer viewer) {
		return viewer.mainAccount() ? null : Set.copyOf(this.mapper.grantedProducts(viewer));
	}

	private List<DayFigure> salesRows(Viewer viewer, Range range, Dimension dimension) {
		boolean byOrder = viewer.mainAccount() && (dimension == Dimension.NONE || dimension == Dimension.ORDER_TYPE);
		return byOrder ? this.mapper.orderDays(viewer.merchant(), range.from(), range.to()) : lineRows(viewer, range);
	}

	private List<DayFigure> lineRows(Viewer viewer, Range range) {
		return this.mapper.lineDays(viewer.merchant(), products(viewer), range.from(), range.to());
	}

	private List<DayFigure> usageRows(Viewer viewer, Range range) {
		return this.mapper.usageDays(viewer.merchant(), products(viewer), range.from(), range.to());
	}

	private Map<String, ProductName> names(Viewer viewer) {
		Map<String, ProductName> names = new HashMap<>();
		this.mapper.productNames(viewer.merchant()).forEach((p) -> names.put(String.valueOf(p.id()), p));
		return names;
	}

	private static List<Chart.Label> labels(List<String> codes) {
		return codes.stream().map(Chart.Label::of).toList();
	}

	private static List<BigDecimal> values(List<String> keys, Map<String, BigDecimal> values) {
		return keys.stream().map((k) -> values.getOrDefault(k, BigDecimal.ZERO)).toList();
	}

}

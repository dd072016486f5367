package io.sellercenter.analytics;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sellercenter.analytics.AnalyticsMapper.SourceLine;
import io.sellercenter.analytics.AnalyticsMapper.SourceOrder;
import io.sellercenter.analytics.AnalyticsMapper.SourceUsage;
import io.sellercenter.analytics.AnalyticsMapper.Sum;
import io.sellercenter.shared.MerchantId;
import org.apache.ibatis.cursor.Cursor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds a merchant's roll-ups from the source tables, with the same definitions the
 * deltas follow: paid orders not cancelled by the day of payment, their lines, accepted
 * usage by the day it began, instances not released. The sources are streamed and summed
 * in memory by roll-up row (a few thousand rows for years of a large merchant). One
 * transaction per merchant: the deltas waiting for it are dropped, since the sources
 * already hold what they would add; changes committed meanwhile wait on the merchant's
 * roll-up rows' locks or land as new deltas after it.
 */
@Service
public class AnalyticsRebuild {

	private static final List<String> TABLES = List.of("analytics_delta", "analytics_order_day", "analytics_line_day",
			"analytics_usage_day", "analytics_instances");

	private final AnalyticsMapper mapper;

	private final AnalyticsDeltas deltas;

	AnalyticsRebuild(AnalyticsMapper mapper, AnalyticsDeltas deltas) {
		this.mapper = mapper;
		this.deltas = deltas;
	}

	/** Every merchant, one after the other. @return how many */
	public int rebuildAll() {
		List<Long> merchants = this.mapper.merchantsWithData();
		merchants.forEach(this::rebuild);
		return merchants.size();
	}

	@Transactional
	public void rebuild(long merchant) {
		TABLES.forEach((table) -> this.mapper.clearMerchant(table, merchant));
		ZoneId zone = this.deltas.zone(new MerchantId(merchant));
		Map<List<Object>, Sum> orders = new LinkedHashMap<>();
		try (Cursor<SourceOrder> rows = this.mapper.sourceOrders(merchant)) {
			for (SourceOrder o : rows) {
				add(orders, new Sum(merchant, AnalyticsDeltas.day(o.paidAt(), zone), null, null, o.orderType(),
						o.currency(), 1, o.amount()));
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		Map<List<Object>, Sum> lines = new LinkedHashMap<>();
		try (Cursor<SourceLine> rows = this.mapper.sourceLines(merchant)) {
			for (SourceLine l : rows) {
				add(lines, new Sum(merchant, AnalyticsDeltas.day(l.paidAt(), zone), l.productId(), l.chargingMode(),
						l.orderType(), l.currency(), 1, l.amount()));
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		Map<List<Object>, Sum> usage = new LinkedHashMap<>();
		try (Cursor<SourceUsage> rows = this.mapper.sourceUsage(merchant)) {
			for (SourceUsage u : rows) {
				add(usage, new Sum(merchant, AnalyticsDeltas.day(u.beginAt(), zone), u.productId(), null, null, null, 1,
						u.value()));
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		insert(orders, this.mapper::addOrders);
		insert(lines, this.mapper::addLines);
		insert(usage, this.mapper::addUsage);
		List<Sum> instances = this.mapper.sourceInstances(merchant);
		if (!instances.isEmpty()) {
			this.mapper.addInstances(instances);
		}
	}

	private static void add(Map<List<Object>, Sum> sums, Sum sum) {
		List<Object> key = java.util.Arrays.asList(sum.day(), sum.productId(), sum.chargingMode(), sum.orderType(),
				sum.currency());
		sums.merge(key, sum, (a, b) -> new Sum(a.merchantId(), a.day(), a.productId(), a.chargingMode(), a.orderType(),
				a.currency(), a.count() + b.count(), a.amount().add(b.amount())));
	}

	/** In statements of at most 1,000 rows. */
	private static void insert(Map<List<Object>, Sum> sums, java.util.function.Consumer<List<Sum>> statement) {
		List<Sum> rows = new ArrayList<>(sums.values());
		for (int from = 0; from < rows.size(); from += 1000) {
			statement.accept(rows.subList(from, Math.min(rows.size(), from + 1000)));
		}
	}

}

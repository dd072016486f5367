package io.sellercenter.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sellercenter.analytics.AnalyticsMapper.Sum;
import io.sellercenter.analytics.Delta.Kind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies waiting deltas to the roll-ups. One call is one transaction: claim (SKIP
 * LOCKED), add the sums, delete the deltas. Two workers never claim the same delta, and a
 * failure anywhere before the commit leaves the deltas waiting and the roll-ups as they
 * were, so every delta counts exactly once.
 */
@Service
public class AnalyticsRollup {

	private final AnalyticsMapper mapper;

	AnalyticsRollup(AnalyticsMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * @return how many deltas were applied (fewer than {@code limit}: none left for now)
	 */
	@Transactional
	public int apply(int limit) {
		List<Delta> deltas = this.mapper.claim(limit);
		if (deltas.isEmpty()) {
			return 0;
		}
		Map<Kind, Map<Delta.Key, Sum>> sums = sum(deltas);
		add(sums.get(Kind.ORDER), this.mapper::addOrders);
		add(sums.get(Kind.LINE), this.mapper::addLines);
		add(sums.get(Kind.USAGE), this.mapper::addUsage);
		add(sums.get(Kind.INSTANCE), this.mapper::addInstances);
		this.mapper.deleteDeltas(deltas.stream().map(Delta::id).toList());
		return deltas.size();
	}

	/** Sums of the same roll-up row added once: a batch of many deltas is a few rows. */
	static Map<Kind, Map<Delta.Key, Sum>> sum(List<Delta> deltas) {
		Map<Kind, Map<Delta.Key, Sum>> sums = new LinkedHashMap<>();
		for (Delta d : deltas) {
			sums.computeIfAbsent(d.kind(), (k) -> new LinkedHashMap<>())
				.merge(d.key(),
						new Sum(d.merchantId(), d.day(), d.productId(), d.chargingMode(), d.orderType(), d.currency(),
								d.count(), d.amount()),
						(a, b) -> new Sum(a.merchantId(), a.day(), a.productId(), a.chargingMode(), a.orderType(),
								a.currency(), a.count() + b.count(), a.amount().add(b.amount())));
		}
		return sums;
	}

	private static void add(Map<Delta.Key, Sum> rows, java.util.function.Consumer<List<Sum>> statement) {
		if (rows != null && !rows.isEmpty()) {
			statement.accept(new ArrayList<>(rows.values()));
		}
	}

}

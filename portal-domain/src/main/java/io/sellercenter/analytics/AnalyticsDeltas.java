package io.sellercenter.analytics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sellercenter.analytics.Delta.Kind;
import io.sellercenter.order.InstancesChanged;
import io.sellercenter.order.OrderCancelled;
import io.sellercenter.order.OrderPaid;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.ticket.ServiceHoursService;
import io.sellercenter.usage.UsageAccepted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the deltas of every change that moves a figure, in the transaction of the
 * change: an order paid (its order row and one per line), an order cancelled after
 * payment (the same, taken away again), instances created or released, usage accepted
 * (summed per merchant, product and day, so a batch of a thousand records writes a few
 * rows).
 */
@Component
class AnalyticsDeltas {

	private final AnalyticsMapper mapper;

	private final SourceMapper sources;

	private final ServiceHoursService hours;

	private final Clock clock;

	AnalyticsDeltas(AnalyticsMapper mapper, SourceMapper sources, ServiceHoursService hours, Clock clock) {
		this.mapper = mapper;
		this.sources = sources;
		this.hours = hours;
		this.clock = clock;
	}

	@EventListener
	void orderPaid(OrderPaid paid) {
		write(order(paid.merchant(), paid.orderRef(), 1));
	}

	@EventListener
	void orderCancelled(OrderCancelled cancelled) {
		if (cancelled.wasPaid()) {
			write(order(cancelled.merchant(), cancelled.orderRef(), -1));
		}
	}

	@EventListener
	void instancesChanged(InstancesChanged changed) {
		Map<Delta.Key, Delta> sums = new LinkedHashMap<>();
		for (InstancesChanged.Change change : changed.changes()) {
			add(sums, new Delta(null, changed.merchant().value(), Kind.INSTANCE, null, change.productId(),
					change.chargingMode().name(), null, null, change.delta(), BigDecimal.ZERO));
		}
		write(new ArrayList<>(sums.values()));
	}

	@EventListener
	void usageAccepted(UsageAccepted accepted) {
		Map<Long, ZoneId> zones = new HashMap<>();
		Map<Delta.Key, Delta> sums = new LinkedHashMap<>();
		for (UsageAccepted.Accepted record : accepted.records()) {
			ZoneId zone = zones.computeIfAbsent(record.merchantId(), (id) -> zone(new MerchantId(id)));
			add(sums, new Delta(null, record.merchantId(), Kind.USAGE, day(record.beginAt(), zone), record.productId(),
					null, null, null, 1, (record.value() != null) ? record.value() : BigDecimal.ZERO));
		}
		write(new ArrayList<>(sums.values()));
	}

	/** The order's row and its lines as deltas of {@code sign} (1 paid, -1 cancelled). */
	private List<Delta> order(MerchantId merchant, long orderRef, int sign) {
		SourceMapper.PaidOrder order = this.sources.order(merchant, orderRef);
		if (order == null || order.paidAt() == null) {
			return List.of();
		}
		LocalDate day = day(order.paidAt(), zone(merchant));
		BigDecimal signed = BigDecimal.valueOf(sign);
		List<Delta> deltas = new ArrayList<>();
		deltas.add(new Delta(null, merchant.value(), Kind.ORDER, day, null, null, order.orderType(), order.currency(),
				sign, order.amount().multiply(signed)));
		Map<Delta.Key, Delta> lines = new LinkedHashMap<>();
		for (SourceMapper.PaidLine line : this.sources.lines(merchant, orderRef)) {
			add(lines, new Delta(null, merchant.value(), Kind.LINE, day, line.productId(), line.chargingMode(),
					order.orderType(), order.currency(), sign, line.amount().multiply(signed)));
		}
		deltas.addAll(lines.values());
		return deltas;
	}

	private static void add(Map<Delta.Key, Delta> sums, Delta delta) {
		sums.merge(delta.key(), delta, (a, b) -> new Delta(null, a.merchantId(), a.kind(), a.day(), a.productId(),
				a.chargingMode(), a.orderType(), a.currency(), a.count() + b.count(), a.amount().add(b.amount())));
	}

	private void write(List<Delta> deltas) {
		if (!deltas.isEmpty()) {
			this.mapper.insertDeltas(deltas, LocalDateTime.now(this.clock));
		}
	}

	ZoneId zone(MerchantId merchant) {
		return this.hours.of(merchant).zone();
	}

	/** The merchant's day of a UTC time. */
	static LocalDate day(LocalDateTime utc, ZoneId zone) {
		return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
	}

}

package io.sellercenter.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.order.Rows.LineRow;
import io.sellercenter.order.Rows.OrderRow;
import io.sellercenter.order.Rows.StateRow;
import io.sellercenter.shared.MerchantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to orders the portal makes itself, not the platform: ending an order a
 * supervised delivery held, starting a period line's validity when its service starts,
 * and the UNSUBSCRIBE order of a refunded line. Each joins the caller's transaction and
 * writes the order's history (with no platform event id).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class OrderSettlement {

	private final OrderMapper orders;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OrderSettlement(OrderMapper orders, Clock clock, ApplicationEventPublisher events) {
		this.orders = orders;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Moves a PROCESSING order to COMPLETED or CANCELLED; nothing when it is not
	 * PROCESSING (the platform got there first).
	 */
	public void finish(MerchantId merchant, long orderRef, OrderStatus to, LocalDateTime at) {
		StateRow order = this.orders.lockOrderRef(merchant, orderRef).orElseThrow();
		OrderStatus from = OrderStatus.valueOf(order.status);
		if (from != OrderStatus.PROCESSING || !from.canMoveTo(to)) {
			return;
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		this.orders.updateStatus(merchant, orderRef, from, to, null, now);
		this.orders.insertHistory(merchant, orderRef, null, from.name(), to.name(), null, at, now);
		if (to == OrderStatus.CANCELLED) {
			this.events.publishEvent(new OrderCancelled(merchant, orderRef, order.orderId, at, true));
		}
	}

	/**
	 * A PERIOD line's validity (its expiry and its instances') counted from
	 * {@code start}; other lines keep theirs.
	 */
	public void startValidity(MerchantId merchant, long lineRef, LocalDateTime start) {
		LineRow line = this.orders.lineRow(merchant, lineRef).orElseThrow();
		if (line.chargingMode != OrderChargingMode.PERIOD || line.periodType == null || line.periodNumber == null) {
			return;
		}
		LocalDateTime expires = line.periodType.after(start, line.periodNumber);
		this.orders.updateLineExpiry(merchant, lineRef, expires);
		this.orders.updateLineInstancesExpiry(merchant, lineRef, expires, LocalDateTime.now(this.clock));
	}

	/**
	 * Refunds a line: an UNSUBSCRIBE order for its amount (its id: "U" and the line's id,
	 * so a line is refunded once), the line's instances released, both in the original
	 * order's history.
	 * @return the UNSUBSCRIBE order's id
	 */
	public String unsubscribe(MerchantId merchant, long orderRef, long lineRef, LocalDateTime at) {
		OrderRow original = this.orders.orderRow(merchant, orderRef).orElseThrow();
		LineRow line = this.orders.lineRow(merchant, lineRef).orElseThrow();
		LocalDateTime now = LocalDateTime.now(this.clock);
		String refundId = cut("U" + line.orderLineId);
		OrderRow refund = new OrderRow();
		refund.orderId = refundId;
		refund.orderType = OrderType.UNSUBSCRIBE;
		refund.status = OrderStatus.COMPLETED;
		refund.createdAt = at;
		refund.paidAt = at;
		refund.currency = original.currency;
		refund.amount = line.amount;
		refund.customerId = original.customerId;
		refund.customerName = original.customerName;
		refund.customerAccountName = original.customerAccountName;
		refund.receivedAt = now;
		refund.updatedAt = now;
		List<String> instances = this.orders.lineInstanceIds(merchant, lineRef);
		refund.lineSummary = LineSummary.encode(
				List.of(new LineSummary.Entry(line.productId, line.specId, line.chargingMode, line.amount, List.of())));
		this.orders.insertOrder(merchant, refund);
		LineRow refundLine = new LineRow();
		refundLine.orderRef = refund.id;
		refundLine.orderLineId = refundId;
		refundLine.productId = line.productId;
		refundLine.specId = line.specId;
		refundLine.chargingMode = line.chargingMode;
		refundLine.periodType = line.periodType;
		refundLine.periodNumber = line.periodNumber;
		refundLine.amount = line.amount;
		this.orders.insertLine(merchant, refundLine);
		this.orders.insertHistory(merchant, refund.id, null, null, OrderStatus.COMPLETED.name(), null, at, now);
		this.orders.releaseLineInstances(merchant, lineRef, at, now);
		for (String instance : instances) {
			this.orders.insertHistory(merchant, orderRef, instance, InstanceStatus.NORMAL.name(),
					InstanceStatus.RELEASED.name(), null, at, now);
		}
		this.events.publishEvent(new OrderPaid(merchant, refund.id, refundId, OrderType.UNSUBSCRIBE,
				OrderStatus.COMPLETED, at, refund.customerId, refund.customerName, refund.customerAccountName));
		if (!instances.isEmpty()) {
			this.events.publishEvent(new InstancesChanged(merchant,
					List.of(new InstancesChanged.Change(line.productId, line.chargingMode, -instances.size()))));
		}
		return refundId;
	}

	private static String cut(String id) {
		return (id.length() <= 64) ? id : id.substring(0, 64);
	}

}

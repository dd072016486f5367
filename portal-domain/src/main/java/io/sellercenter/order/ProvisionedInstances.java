package io.sellercenter.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.order.Rows.InstanceRow;
import io.sellercenter.order.Rows.LineRow;
import io.sellercenter.shared.MerchantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instances that the merchant created: a SaaS order line arrives without instances, and
 * its instance is the one the merchant's production interface returned when the portal
 * asked it to create one (the saas feature). Stored as the platform's instances are, with
 * the line's expiry, and counted by the same event.
 */
@Service
public class ProvisionedInstances {

	private final OrderMapper orders;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ProvisionedInstances(OrderMapper orders, Clock clock, ApplicationEventPublisher events) {
		this.orders = orders;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Stores the instance of the line, in the caller's transaction.
	 * @return false when the instance id is already taken (instance ids are unique across
	 * the marketplace): the merchant's answer cannot be used
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean add(MerchantId merchant, long lineRef, String instanceId) {
		LineRow line = this.orders.lineRow(merchant, lineRef).orElseThrow();
		LocalDateTime now = LocalDateTime.now(this.clock);
		InstanceRow instance = new InstanceRow();
		instance.instanceId = instanceId;
		instance.orderRef = line.orderRef;
		instance.lineRef = line.id;
		instance.productId = line.productId;
		instance.specId = line.specId;
		instance.status = InstanceStatus.NORMAL;
		instance.onDemand = line.chargingMode.onDemand();
		instance.createdAt = now;
		instance.expireAt = line.expireAt;
		try {
			this.orders.insertInstances(merchant, List.of(instance));
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		this.orders.insertHistory(merchant, line.orderRef, instanceId, null, InstanceStatus.NORMAL.name(), null, now,
				now);
		this.events.publishEvent(new InstancesChanged(merchant,
				List.of(new InstancesChanged.Change(line.productId, line.chargingMode, 1))));
		return true;
	}

}

package io.sellercenter.saas;

import java.time.Clock;
import java.time.LocalDateTime;

import io.sellercenter.order.InstanceAction;
import io.sellercenter.order.InstanceActed;
import io.sellercenter.order.InstanceRenewed;
import io.sellercenter.order.InstanceUpgraded;
import io.sellercenter.order.OrderPaid;
import io.sellercenter.order.OrderType;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what the platform feed says into production work for SaaS products, in the
 * transaction that stored it (so the work exists exactly when the order or the change
 * does): a paid new or trial order line without instances is created by the merchant
 * (newInstance); a frozen or unfrozen instance is updated (updateInstanceStatus); a
 * released one released (releaseInstance); an expired one expired (expireInstance, or in
 * V2 a freeze); a renewed one refreshed (refreshInstance) with its new expiry; one moved
 * to another spec upgraded (upgradeInstance). The calls themselves are made by
 * {@link ProvisionRunner}, outside any transaction.
 */
@Component
class Provisioning {

	private final ProvisionMapper work;

	private final Clock clock;

	Provisioning(ProvisionMapper work, Clock clock) {
		this.work = work;
		this.clock = clock;
	}

	@EventListener
	void orderPaid(OrderPaid paid) {
		if (paid.type() != OrderType.NEW && paid.type() != OrderType.TRIAL) {
			return;
		}
		for (SaasLine line : this.work.saasLines(paid.orderRef())) {
			if (line.instances() > 0) {
				// The platform named the instance itself: nothing to create.
				continue;
			}
			ProvisionRow row = row(paid.merchant().value(), line.productId(), paid.orderRef(), paid.orderId(),
					line.lineRef(), line.orderLineId(), Activity.NEW_INSTANCE);
			this.work.insert(row);
		}
	}

	@EventListener
	void instanceActed(InstanceActed acted) {
		if (this.work.isSaas(acted.productId()) == 0) {
			return;
		}
		Activity activity = switch (acted.action()) {
			case RELEASE -> Activity.RELEASE_INSTANCE;
			case EXPIRE -> Activity.EXPIRE_INSTANCE;
			case FREEZE, UNFREEZE -> Activity.UPDATE_INSTANCE_STATUS;
		};
		ProvisionRow row = row(acted.merchant().value(), acted.productId(), acted.orderRef(), acted.orderId(),
				acted.lineRef(), this.work.orderLineId(acted.lineRef()), activity);
		row.target = acted.instanceId();
		row.instanceId = acted.instanceId();
		if (activity == Activity.UPDATE_INSTANCE_STATUS) {
			// Each freeze and unfreeze is its own work: the target names the change.
			row.target = acted.instanceId() + ":" + acted.action().name() + ":" + acted.changedAt();
			row.params = (acted.action() == InstanceAction.FREEZE) ? "FREEZE" : "UNFREEZE";
		}
		this.work.insert(row);
	}

	@EventListener
	void instanceRenewed(InstanceRenewed renewed) {
		if (this.work.isSaas(renewed.productId()) == 0) {
			return;
		}
		ProvisionRow row = row(renewed.merchant().value(), renewed.productId(), renewed.orderRef(), renewed.orderId(),
				renewed.lineRef(), this.work.orderLineId(renewed.lineRef()), Activity.REFRESH_INSTANCE);
		// Each renewal is its own work: the target names the new expiry.
		row.target = renewed.instanceId() + ":" + renewed.expireAt();
		row.instanceId = renewed.instanceId();
		row.params = ProvisionRunner.TIME.format(renewed.expireAt());
		this.work.insert(row);
	}

	@EventListener
	void instanceUpgraded(InstanceUpgraded upgraded) {
		if (this.work.isSaas(upgraded.productId()) == 0) {
			return;
		}
		ProvisionRow row = row(upgraded.merchant().value(), upgraded.productId(), upgraded.orderRef(),
				upgraded.orderId(), upgraded.lineRef(), this.work.orderLineId(upgraded.lineRef()),
				Activity.UPGRADE_INSTANCE);
		// Each change is its own work: the target names the new spec.
		row.target = upgraded.instanceId() + ":" + upgraded.specId();
		row.instanceId = upgraded.instanceId();
		row.params = Long.toString(upgraded.specId());
		this.work.insert(row);
	}

	private ProvisionRow row(long merchantId, long productId, long orderRef, String orderId, long lineRef,
			String orderLineId, Activity activity) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		ProvisionRow row = new ProvisionRow();
		row.merchantId = merchantId;
		row.productId = productId;
		row.orderRef = orderRef;
		row.orderId = orderId;
		row.lineRef = lineRef;
		row.orderLineId = orderLineId;
		row.activity = activity;
		row.state = ProvisionState.PENDING;
		row.nextAt = now;
		row.giveUpAt = now.plus(RetryRule.of(activity).window());
		row.createdAt = now;
		return row;
	}

}

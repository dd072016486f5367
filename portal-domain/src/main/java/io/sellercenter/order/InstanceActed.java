package io.sellercenter.order;

import java.time.LocalDateTime;

import io.sellercenter.shared.MerchantId;

/**
 * The platform froze, unfroze or released an instance. Published in the transaction that
 * stored the change, so that what listeners write (the call that tells a SaaS merchant's
 * server) commits with it.
 */
public record InstanceActed(MerchantId merchant, String instanceId, long orderRef, String orderId, long lineRef,
		long productId, InstanceAction action, LocalDateTime changedAt) {

}

package io.sellercenter.order;

import io.sellercenter.shared.MerchantId;

/**
 * The platform moved an instance to another spec of its product ({@code specId}).
 * Published in the transaction that stored it.
 */
public record InstanceUpgraded(MerchantId merchant, String instanceId, long orderRef, String orderId, long lineRef,
		long productId, long specId) {

}

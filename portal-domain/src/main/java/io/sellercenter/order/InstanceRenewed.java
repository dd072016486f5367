package io.sellercenter.order;

import java.time.LocalDateTime;

import io.sellercenter.shared.MerchantId;

/**
 * The platform renewed an instance until {@code expireAt}. Published in the transaction
 * that stored it.
 */
public record InstanceRenewed(MerchantId merchant, String instanceId, long orderRef, String orderId, long lineRef,
		long productId, LocalDateTime expireAt) {

}

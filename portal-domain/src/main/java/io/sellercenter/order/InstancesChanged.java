package io.sellercenter.order;

import java.util.List;

import io.sellercenter.shared.MerchantId;

/**
 * Instances came or went (created with their order, released by the platform or with a
 * refunded line): per product and the line's charging mode, how many more (or fewer, when
 * negative) are not released. Published in the transaction that stored the change.
 */
public record InstancesChanged(MerchantId merchant, List<Change> changes) {

	public record Change(long productId, OrderChargingMode chargingMode, int delta) {

	}

}

package io.sellercenter.usage;

import java.time.LocalDateTime;

/** What validation needs to know of an instance, from the order feed. */
record InstanceFacts(String instanceId, long merchantId, long productId, String status, boolean onDemand,
		LocalDateTime createdAt, LocalDateTime expireAt, LocalDateTime releasedAt, String chargingMode,
		String productStatus, String customerId) {

}

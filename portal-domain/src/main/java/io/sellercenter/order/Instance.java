package io.sellercenter.order;

import java.time.LocalDateTime;

/** An instance of an order line, in the state the platform last set. */
public record Instance(String instanceId, String orderLineId, long productId, long specId, InstanceStatus status,
		boolean onDemand, LocalDateTime createdAt, LocalDateTime expireAt, LocalDateTime releasedAt) {

}

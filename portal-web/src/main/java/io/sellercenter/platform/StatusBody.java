package io.sellercenter.platform;

import io.sellercenter.order.OrderStatus;
import tools.jackson.databind.JsonNode;

/** {@code POST /orders/{order_id}/status}: the order's new status, as sent. */
record StatusBody(@Sent.Required @Sent.OneOf(OrderStatus.class) JsonNode status, @Sent.Time JsonNode changedAt,
		@Sent.Time JsonNode paidAt) {

}

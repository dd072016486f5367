package io.sellercenter.saas;

import java.time.LocalDateTime;

/**
 * A saved debug case with its latest result; {@code activity} is the wire name and
 * {@code fields} the JSON object of the fields as sent.
 */
public record DebugCase(long id, long productId, String productNameZh, String productNameEn, String name,
		String activity, String orderId, String orderLineId, String orderMode, String instanceId, String fields,
		Outcome lastOutcome, LocalDateTime lastRunAt, Long lastCall, LocalDateTime nextDialAt,
		LocalDateTime createdAt) {

}

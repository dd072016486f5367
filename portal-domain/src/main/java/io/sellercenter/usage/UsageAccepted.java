package io.sellercenter.usage;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Usage records were accepted: each with its merchant, product, the start of the usage
 * and its value. Published in the transaction that wrote the verdicts, so what listeners
 * write (the analytics' figures) commits or rolls back with them.
 */
public record UsageAccepted(List<Accepted> records) {

	public record Accepted(long merchantId, long productId, LocalDateTime beginAt, BigDecimal value) {

	}

}

package io.sellercenter.usage;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The validator's statements off its hot path (a batch's claim, look-ups and verdicts are
 * in {@link BatchSql}). They span merchants on purpose (the validator serves them all);
 * each record keeps its own merchant_id and every check compares it with the instance's.
 */
@Mapper
interface ValidationMapper {

	/**
	 * Accepted records among these merchants and metering_sns (a superset of the pairs
	 * asked).
	 */
	List<SnRow> acceptedSns(@Param("merchants") Collection<Long> merchants, @Param("sns") Collection<String> sns);

	List<String> acceptedWindows(@Param("windows") Collection<String> windows);

	/**
	 * Collection: accepted records whose cut-off has passed become BILLED, and never
	 * change again.
	 */
	int bill(@Param("now") LocalDateTime now, @Param("limit") int limit);

	record SnRow(long merchantId, String meteringSn, long id) {

		String key() {
			return this.merchantId + "/" + this.meteringSn;
		}

	}

}

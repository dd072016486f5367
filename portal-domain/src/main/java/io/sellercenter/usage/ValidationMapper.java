package io.sellercenter.usage;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The validator's statements. They span merchants on purpose (the validator serves them
 * all); each record keeps its own merchant_id and every check compares it with the
 * instance's.
 */
@Mapper
interface ValidationMapper {

	/**
	 * Received records, oldest first, locked for this transaction; rows other validators
	 * hold are skipped.
	 */
	List<ClaimedRecord> claim(@Param("limit") int limit);

	List<InstanceFacts> instances(@Param("ids") Collection<String> instanceIds);

	/**
	 * Accepted records among these merchants and metering_sns (a superset of the pairs
	 * asked).
	 */
	List<SnRow> acceptedSns(@Param("merchants") Collection<Long> merchants, @Param("sns") Collection<String> sns);

	List<String> acceptedWindows(@Param("windows") Collection<String> windows);

	/**
	 * The latest rejected record of each (merchant, metering_sn) received before
	 * {@code before} (the batch's first record), for linking re-reports.
	 */
	List<SnRow> rejected(@Param("merchants") Collection<Long> merchants, @Param("sns") Collection<String> sns,
			@Param("before") long before);

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

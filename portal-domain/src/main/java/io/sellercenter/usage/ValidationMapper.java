package io.sellercenter.usage;

import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The validator's statement off its hot path (a batch's claim, look-ups and verdicts are
 * in {@link BatchSql}): collection into billing, for every merchant at once.
 */
@Mapper
interface ValidationMapper {

	/**
	 * Collection: accepted records whose cut-off has passed become BILLED, and never
	 * change again.
	 */
	int bill(@Param("now") LocalDateTime now, @Param("limit") int limit);

}

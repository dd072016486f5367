package io.sellercenter.usage;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.sellercenter.product.Viewer;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

@Mapper
interface LedgerMapper {

	/**
	 * A page of the ledger, newest first, after the record {@code before} (keyset: the
	 * table grows to tens of millions of rows, so no offset).
	 */
	List<UsageEntry> page(@Param("viewer") Viewer viewer, @Param("f") UsageFilter filter, @Param("before") Long before,
			@Param("limit") int limit);

	/**
	 * Every record of the filter, newest first, streamed row by row (read it inside a
	 * transaction).
	 */
	Cursor<ExportedUsage> export(@Param("viewer") Viewer viewer, @Param("f") UsageFilter filter);

	Optional<UsageEntry> find(@Param("viewer") Viewer viewer, @Param("id") long id);

	Optional<UsageRequestInfo> request(@Param("viewer") Viewer viewer, @Param("id") long requestId);

	/** Later attempts of the same metering_sn that re-report this record. */
	List<UsageEntry> reReports(@Param("viewer") Viewer viewer, @Param("id") long id);

	/** Verdicts in a period by state (ACCEPTED, REJECTED, BILLED), from their index. */
	List<CodeCount> stateCounts(@Param("viewer") Viewer viewer, @Param("from") LocalDateTime from,
			@Param("to") LocalDateTime to);

	List<CodeCount> summary(@Param("viewer") Viewer viewer, @Param("from") LocalDateTime from,
			@Param("to") LocalDateTime to);

	long countRejectedCapped(@Param("viewer") Viewer viewer, @Param("from") LocalDateTime from,
			@Param("to") LocalDateTime to, @Param("cap") int cap);

	List<LedgerProduct> products(@Param("viewer") Viewer viewer);

	/**
	 * The accepted record holding this metering_sn ({@code sn}) or, when {@code sn} is
	 * null, this instance window.
	 */
	Optional<Long> clash(@Param("viewer") Viewer viewer, @Param("sn") String sn, @Param("window") String window);

	Optional<String> chargingMode(@Param("viewer") Viewer viewer, @Param("instanceId") String instanceId);

}

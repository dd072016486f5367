package io.sellercenter.export;

import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.shared.MerchantId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ExportMapper {

	/** A RUNNING row, its heartbeat now. */
	void insert(@Param("merchant") MerchantId merchant, @Param("row") NewExport row);

	/** The merchant's RUNNING exports whose heartbeat is fresh. */
	int countRunning(@Param("merchant") MerchantId merchant, @Param("staleSeconds") long staleSeconds);

	/** An export refused after its row was written. */
	int delete(@Param("merchant") MerchantId merchant, @Param("id") long id);

	/**
	 * A running export is alive (and has written so many rows); one the sweep took for
	 * lost is RUNNING again.
	 */
	int heartbeat(@Param("merchant") MerchantId merchant, @Param("id") long id, @Param("rows") long rows);

	int finish(@Param("merchant") MerchantId merchant, @Param("id") long id, @Param("status") ExportStatus status,
			@Param("rows") long rows, @Param("finishedAt") LocalDateTime finishedAt,
			@Param("durationMs") long durationMs, @Param("reason") ExportReason reason);

	/** Every merchant's RUNNING exports with a stale heartbeat become FAILED (LOST). */
	int sweep(@Param("staleSeconds") long staleSeconds);

	/** Newest first; {@code userId} null for every user of the merchant. */
	List<ExportRecord> find(@Param("merchant") MerchantId merchant, @Param("kind") ExportKind kind,
			@Param("userId") Long userId, @Param("offset") long offset, @Param("limit") int limit);

	long count(@Param("merchant") MerchantId merchant, @Param("kind") ExportKind kind, @Param("userId") Long userId);

	/** The server's id of this connection, to stop its query from another one. */
	long connectionId();

	class NewExport {

		Long id;

		ExportKind kind;

		long userId;

		String userName;

		String filter;

		LocalDateTime startedAt;

	}

}

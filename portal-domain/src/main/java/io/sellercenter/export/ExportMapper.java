package io.sellercenter.export;

import java.time.LocalDateTime;
import java.util.List;

import io.sellercenter.shared.MerchantId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ExportMapper {

	void insert(@Param("merchant") MerchantId merchant, @Param("row") NewExport row);

	int finish(@Param("merchant") MerchantId merchant, @Param("id") long id, @Param("status") ExportStatus status,
			@Param("rows") long rows, @Param("finishedAt") LocalDateTime finishedAt,
			@Param("durationMs") long durationMs, @Param("error") String error);

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

package io.sellercenter.export;

import java.time.LocalDateTime;

/**
 * An entry of the export history; {@code rowsWritten} of a running export as of its last
 * heartbeat.
 */
public record ExportRecord(long id, long userId, String userName, String filter, ExportStatus status, long rowsWritten,
		LocalDateTime startedAt, LocalDateTime finishedAt, Long durationMs, ExportReason reason) {

}

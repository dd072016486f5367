package io.sellercenter.export;

/**
 * How an export ended, after how many rows, and why if it did not finish (null when it
 * did).
 */
public record ExportResult(long id, ExportStatus status, long rows, ExportReason reason) {

}

package io.sellercenter.export;

/** How an export ended, after how many rows, and why if it failed. */
public record ExportResult(long id, ExportStatus status, long rows, String error) {

}

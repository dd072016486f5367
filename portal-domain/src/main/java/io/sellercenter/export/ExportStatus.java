package io.sellercenter.export;

/** How an export ended; RUNNING while it streams (or if the portal died meanwhile). */
public enum ExportStatus {

	RUNNING, FINISHED, CLIENT_ABORTED, FAILED

}

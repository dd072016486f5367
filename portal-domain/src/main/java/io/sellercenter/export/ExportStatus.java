package io.sellercenter.export;

/**
 * How an export ended; RUNNING while it streams. A RUNNING export whose portal stopped is
 * marked FAILED by the sweep (reason LOST) once its heartbeat is stale.
 */
public enum ExportStatus {

	RUNNING, FINISHED, CLIENT_ABORTED, FAILED

}

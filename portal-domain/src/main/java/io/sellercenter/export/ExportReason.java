package io.sellercenter.export;

/**
 * Why an export did not finish, in words a merchant can act on (the history shows
 * {@code exports.reason.*}); the exception behind it goes to the log only.
 */
public enum ExportReason {

	/** The database failed or stopped the query partway; the file is incomplete. */
	DATABASE,

	/** Something else in the portal failed partway; the file is incomplete. */
	INTERNAL,

	/**
	 * The portal that ran it stopped (or lost the database) before it could record the
	 * end: its heartbeat went stale and a sweep marked it failed.
	 */
	LOST,

	/** The reader closed the download or the connection dropped. */
	CLOSED,

	/** The reader stopped reading for longer than the write timeout and was cut off. */
	STALLED

}

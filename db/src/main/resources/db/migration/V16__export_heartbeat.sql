-- Exports that are no longer alive, and what the history says of them (docs/decisions.md, "Exports").
--
-- A running export's portal refreshes heartbeat_at every few seconds (with the rows written so far), so
-- any instance can tell a RUNNING row whose portal died or lost the database (the heartbeat goes stale)
-- from one still streaming on another instance, and mark it FAILED. The same column counts the
-- exports a merchant has running, for the per-merchant limit.
--
-- The history shows a plain reason in the reader's language (`reason`, a code), never the database's
-- exception text, which goes to the log only.
ALTER TABLE order_export
    ADD COLUMN heartbeat_at DATETIME(6) NULL
        COMMENT 'UTC; refreshed while the export runs: a RUNNING row with a stale one has no portal left'
        AFTER finished_at,
    ADD COLUMN reason VARCHAR(16) NULL
        COMMENT 'why it did not finish: DATABASE, INTERNAL, LOST, CLOSED, STALLED'
        AFTER duration_ms;

-- Rows left RUNNING by earlier versions have no heartbeat: their start stands in for it, so the first
-- sweep finds them.
UPDATE order_export SET heartbeat_at = started_at WHERE status = 'RUNNING';

UPDATE order_export SET reason = 'DATABASE' WHERE status = 'FAILED';
UPDATE order_export SET reason = 'CLOSED' WHERE status = 'CLIENT_ABORTED';

-- The exception text of earlier failures goes; the column stays (unused) while an instance of the
-- previous version may still write it during a rolling upgrade, and can be dropped after.
UPDATE order_export SET error = NULL WHERE error IS NOT NULL;

-- The sweep reads every RUNNING row (few at any time); the limit those of one merchant.
CREATE INDEX idx_export_running ON order_export (status, merchant_id, heartbeat_at);

-- Usage records are kept as received and never rewritten; their verdicts go into a table of their
-- own, written once in record order, and the records waiting for a verdict into a small inbox.
--
-- Why: validation updated every record in place with its verdict. The row grew by about 170 bytes
-- (the verdict's columns), which InnoDB cannot do inside a full page, so pages split, and the update
-- also moved the record in four secondary indexes (state, cut-off and the two unique keys). That
-- rewrite was most of the validator's time (docs/benchmarks.md, "Usage records"). An insert of the
-- verdict at the end of its table plus a delete from the inbox costs about 40% less.
--
-- A record without a verdict is RECEIVED. The view usage_ledger reads a record with its verdict as
-- one row, as the table used to be, for the ledger and everything else that reads records.

CREATE TABLE usage_verdict (
    record_id       BIGINT         NOT NULL,
    merchant_id     BIGINT         NOT NULL,
    state           VARCHAR(12)    NOT NULL COMMENT 'ACCEPTED, REJECTED, BILLED',
    code            CHAR(3)        NULL COMMENT 'rejection code of the spec (001..013)',
    verdict_at      DATETIME(6)    NOT NULL,
    received_at     DATETIME(6)    NOT NULL COMMENT 'the record''s, copied: the rejection summary reads verdicts alone',
    -- What validation read from the record and its instance.
    product_id      BIGINT         NULL,
    begin_at        DATETIME(6)    NULL,
    end_at          DATETIME(6)    NULL,
    value_dec       DECIMAL(20, 4) NULL,
    cycle           VARCHAR(8)     NULL COMMENT 'HOURLY, DAILY: when the record is collected into billing',
    cutoff_at       DATETIME(6)    NULL COMMENT 'collected (BILLED) at this time; later arrivals are rejected (007)',
    billed_at       DATETIME(6)    NULL,
    previous_id     BIGINT         NULL COMMENT 're-report: the rejected record of the same metering_sn',
    -- Set only when ACCEPTED (and kept when BILLED): the database itself refuses a second acceptance
    -- of a metering_sn (005) or of an instance's time window (010), whichever validator gets there first.
    accepted_sn     VARCHAR(64)    NULL,
    accepted_window VARCHAR(200)   NULL,
    PRIMARY KEY (record_id),
    UNIQUE KEY uk_verdict_accepted_sn (merchant_id, accepted_sn),
    UNIQUE KEY uk_verdict_accepted_window (accepted_window),
    KEY idx_verdict_cutoff (state, cutoff_at),
    KEY idx_verdict_previous (previous_id),
    -- The rejections of a merchant in a period, counted by code from the index alone.
    KEY idx_verdict_summary (merchant_id, state, received_at, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The records waiting for their verdict, written with them at intake, claimed by the validators
-- (SKIP LOCKED) and deleted with the verdict's insert.
CREATE TABLE usage_inbox (
    record_id BIGINT NOT NULL,
    PRIMARY KEY (record_id)
) ENGINE = InnoDB;

INSERT INTO usage_verdict (record_id, merchant_id, state, code, verdict_at, received_at, product_id, begin_at, end_at,
                           value_dec, cycle, cutoff_at, billed_at, previous_id, accepted_sn, accepted_window)
SELECT id, merchant_id, state, code, COALESCE(verdict_at, received_at), received_at, product_id, begin_at, end_at,
       value_dec, cycle, cutoff_at, billed_at, previous_id, accepted_sn, accepted_window
FROM usage_record
WHERE state <> 'RECEIVED'
ORDER BY id;

INSERT INTO usage_inbox (record_id)
SELECT id FROM usage_record WHERE state = 'RECEIVED' ORDER BY id;

ALTER TABLE usage_record
    DROP INDEX uk_usage_accepted_sn,
    DROP INDEX uk_usage_accepted_window,
    DROP INDEX idx_usage_cutoff,
    DROP INDEX idx_usage_previous,
    DROP INDEX idx_usage_state,
    DROP COLUMN state,
    DROP COLUMN code,
    DROP COLUMN verdict_at,
    DROP COLUMN product_id,
    DROP COLUMN begin_at,
    DROP COLUMN end_at,
    DROP COLUMN value_dec,
    DROP COLUMN cycle,
    DROP COLUMN cutoff_at,
    DROP COLUMN billed_at,
    DROP COLUMN previous_id,
    DROP COLUMN accepted_sn,
    DROP COLUMN accepted_window;

-- A record with its verdict, as one row: what the ledger, its export and alarms read. A merge view
-- (no aggregate), so conditions on it reach the tables' indexes; with the reader's privileges, so it
-- does not depend on the account that ran the migration.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW usage_ledger AS
SELECT r.id, r.merchant_id, r.request_id, r.instance_id, r.record_time, r.begin_time, r.end_time, r.usage_value,
       r.metering_sn, r.relate_pkg_instance, r.received_at,
       COALESCE(v.state, 'RECEIVED') AS state, v.code, v.verdict_at, v.product_id, v.begin_at, v.end_at,
       v.value_dec, v.cycle, v.cutoff_at, v.billed_at, v.previous_id, v.accepted_sn, v.accepted_window
FROM usage_record r
LEFT JOIN usage_verdict v ON v.record_id = r.id;

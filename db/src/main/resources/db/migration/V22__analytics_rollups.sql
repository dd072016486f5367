-- 数据分析: the figures of the analytics pages, kept by incremental roll-ups instead of scanning
-- orders and usage per page view.
--
-- Every change that moves a figure (an order paid or cancelled after payment, instances created
-- or released, usage accepted) writes a delta row in its own transaction. A roll-up worker claims
-- deltas (SKIP LOCKED, so several instances never take the same row), adds them to the roll-up
-- tables and deletes them in one transaction: a crash in the middle rolls back both, so each
-- delta counts exactly once. The pages read the roll-ups; "data as of" is the time of the oldest
-- delta of the merchant still waiting (or now when none waits).
--
-- Days are the merchant's days (its service-hours time zone), fixed when the delta is written;
-- a merchant that changes its zone gets its figures rebuilt (AnalyticsRebuild, see docs).
CREATE TABLE analytics_delta (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    merchant_id   BIGINT         NOT NULL,
    kind          VARCHAR(8)     NOT NULL COMMENT 'ORDER, LINE, USAGE, INSTANCE: the roll-up it goes to',
    day           DATE           NULL COMMENT 'the merchant''s day; null for INSTANCE',
    product_id    BIGINT         NULL,
    charging_mode VARCHAR(16)    NULL,
    order_type    VARCHAR(16)    NULL,
    currency      CHAR(3)        NULL,
    count_delta   BIGINT         NOT NULL COMMENT 'orders, lines, records or instances',
    amount_delta  DECIMAL(20, 4) NOT NULL COMMENT 'money, or the usage quantity',
    created_at    DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY idx_delta_merchant (merchant_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Paid orders by the merchant's day of payment, type and currency (orders cancelled after payment
-- leave them again).
CREATE TABLE analytics_order_day (
    merchant_id BIGINT         NOT NULL,
    day         DATE           NOT NULL,
    order_type  VARCHAR(16)    NOT NULL,
    currency    CHAR(3)        NOT NULL,
    orders      BIGINT         NOT NULL,
    amount      DECIMAL(20, 2) NOT NULL,
    PRIMARY KEY (merchant_id, day, order_type, currency)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The same by order line: per product and charging mode (a sub-user's figures, and the
-- breakdowns by product and mode).
CREATE TABLE analytics_line_day (
    merchant_id   BIGINT         NOT NULL,
    day           DATE           NOT NULL,
    product_id    BIGINT         NOT NULL,
    charging_mode VARCHAR(16)    NOT NULL,
    order_type    VARCHAR(16)    NOT NULL,
    currency      CHAR(3)        NOT NULL,
    line_count    BIGINT         NOT NULL,
    amount        DECIMAL(20, 2) NOT NULL,
    PRIMARY KEY (merchant_id, day, product_id, charging_mode, order_type, currency),
    KEY idx_line_day_product (merchant_id, product_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Accepted usage by product and the merchant's day the usage began.
CREATE TABLE analytics_usage_day (
    merchant_id BIGINT         NOT NULL,
    day         DATE           NOT NULL,
    product_id  BIGINT         NOT NULL,
    records     BIGINT         NOT NULL,
    quantity    DECIMAL(24, 4) NOT NULL,
    PRIMARY KEY (merchant_id, day, product_id),
    KEY idx_usage_day_product (merchant_id, product_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Instances not released, by product and their line's charging mode.
CREATE TABLE analytics_instances (
    merchant_id   BIGINT      NOT NULL,
    product_id    BIGINT      NOT NULL,
    charging_mode VARCHAR(16) NOT NULL,
    active        BIGINT      NOT NULL,
    PRIMARY KEY (merchant_id, product_id, charging_mode)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

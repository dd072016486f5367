-- 调试用例管理 and 拨测: debug calls saved as cases, re-run on demand, when the product is
-- submitted and twice a day (dial tests) while the product is on sale. Times are UTC.

-- A saved debug call: the activity and the fields exactly as sent (without activity and
-- testFlag, which every run adds), the mock order it used and that order's charging mode (the
-- product review asks for passing cases per charging mode), and its latest result.
CREATE TABLE saas_case (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    merchant_id   BIGINT        NOT NULL,
    product_id    BIGINT        NOT NULL,
    name          VARCHAR(60)   NOT NULL,
    activity      VARCHAR(24)   NOT NULL COMMENT 'the wire name: newInstance, ...',
    order_id      VARCHAR(64)   NOT NULL COMMENT 'a mock order id, MOCKPERIODYEARNEW, ...',
    order_line_id VARCHAR(64)   NOT NULL,
    order_mode    VARCHAR(16)   NOT NULL COMMENT 'the mock order''s charging mode: ONE_TIME, PERIOD, ON_DEMAND, ON_DEMAND_PKG',
    instance_id   VARCHAR(64)   NULL COMMENT 'the instance acted on; null for newInstance',
    fields        VARCHAR(4000) NOT NULL COMMENT 'JSON object of the fields as sent, in order',
    last_outcome  VARCHAR(12)   NOT NULL COMMENT 'SUCCESS, PROCESSING, FAILED',
    last_run_at   DATETIME(6)   NOT NULL,
    last_call     BIGINT        NULL COMMENT 'saas_call of the latest run',
    next_dial_at  DATETIME(6)   NOT NULL COMMENT 'the next dial slot; a claimer moves it on before running',
    created_by    BIGINT        NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_saas_case_product (merchant_id, product_id, id),
    KEY ix_saas_case_dial (next_dial_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every run of a case: by hand (DEBUG), on the product's submission (SUBMIT) or as a dial
-- test (DIAL). Deleted with its case.
CREATE TABLE saas_case_run (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id  BIGINT       NOT NULL,
    case_id      BIGINT       NOT NULL,
    product_id   BIGINT       NOT NULL,
    call_id      BIGINT       NULL,
    kind         VARCHAR(8)   NOT NULL COMMENT 'DEBUG, SUBMIT, DIAL',
    outcome      VARCHAR(12)  NOT NULL,
    failure      VARCHAR(24)  NULL,
    result_code  VARCHAR(16)  NULL,
    ran_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_saas_case_run_case (case_id, ran_at),
    KEY ix_saas_case_run_dial (product_id, kind, ran_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dial-test health of a product, judged one UTC day at a time once the day is over: a day
-- fails when any dial run of the product failed that day. Five failing days in a row flag the
-- product for operators; a day whose dial runs all passed clears the count and the flag.
CREATE TABLE saas_dial_health (
    product_id   BIGINT      NOT NULL,
    merchant_id  BIGINT      NOT NULL,
    judged_day   DATE        NOT NULL COMMENT 'the last day judged',
    failing_days INT         NOT NULL COMMENT 'consecutive failing days up to judged_day',
    flagged_at   DATETIME(6) NULL COMMENT 'when the fifth failing day was judged; null when not flagged',
    updated_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (product_id),
    KEY ix_saas_dial_health_flagged (flagged_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

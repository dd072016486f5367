-- 应用工具: SaaS products' production interface. The marketplace (the portal acting for it)
-- calls the merchant's production address, signed with the key bound to the interface type.
-- Times are UTC.

-- One production address per merchant: scheme and host (and port), no path. The contract is
-- V2 (POST JSON) or the legacy V1 (GET with authToken). Changing the address clears its
-- verification.
CREATE TABLE saas_address (
    merchant_id  BIGINT       NOT NULL,
    url          VARCHAR(255) NOT NULL,
    contract     VARCHAR(4)   NOT NULL COMMENT 'V2 or V1',
    verified_at  DATETIME(6)  NULL COMMENT 'the last signed test call that the address answered as documented',
    verify_call  BIGINT       NULL COMMENT 'saas_call of the last verification, passed or not',
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (merchant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A key per interface type (BASIC for now). The secret is sealed with the server key (as
-- integration keys are) and shown once; a new key replaces the old one.
CREATE TABLE saas_key (
    merchant_id     BIGINT       NOT NULL,
    interface_type  VARCHAR(16)  NOT NULL COMMENT 'BASIC',
    access_key      VARCHAR(64)  NOT NULL,
    secret_sealed   VARCHAR(255) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (merchant_id, interface_type),
    UNIQUE KEY uk_saas_key_access_key (access_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every call made to a merchant's address: what was sent (secrets and signatures left out),
-- what came back (at most 4 KB of it), how long it took and the verdict.
CREATE TABLE saas_call (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    merchant_id   BIGINT        NOT NULL,
    purpose       VARCHAR(12)   NOT NULL COMMENT 'PROVISION, DEBUG, DIAL, VERIFY',
    product_id    BIGINT        NULL,
    activity      VARCHAR(24)   NOT NULL COMMENT 'the wire name: newInstance, ...',
    order_id      VARCHAR(64)   NULL,
    order_line_id VARCHAR(64)   NULL,
    instance_id   VARCHAR(64)   NULL,
    contract      VARCHAR(4)    NOT NULL,
    test_flag     TINYINT       NOT NULL,
    method        VARCHAR(6)    NOT NULL,
    url           VARCHAR(2048) NOT NULL COMMENT 'without signature or authToken',
    request_body  TEXT          NULL,
    http_status   INT           NULL,
    answer        TEXT          NULL,
    result_code   VARCHAR(16)   NULL,
    outcome       VARCHAR(12)   NOT NULL COMMENT 'SUCCESS, PROCESSING, FAILED',
    failure       VARCHAR(24)   NULL COMMENT 'why it failed, when it did',
    provision_id  BIGINT        NULL,
    started_at    DATETIME(6)   NOT NULL,
    duration_ms   INT           NOT NULL,
    PRIMARY KEY (id),
    KEY ix_saas_call_outcome (merchant_id, purpose, outcome, started_at),
    KEY ix_saas_call_provision (provision_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Production work: a paid order line, an instance's freeze or release, each an activity to
-- call until the merchant answers or its retries run out. One per order line and activity.
CREATE TABLE saas_provision (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id    BIGINT       NOT NULL,
    product_id     BIGINT       NOT NULL,
    order_ref      BIGINT       NOT NULL,
    order_id       VARCHAR(64)  NOT NULL,
    line_ref       BIGINT       NOT NULL,
    order_line_id  VARCHAR(64)  NOT NULL,
    activity       VARCHAR(24)  NOT NULL,
    target         VARCHAR(160) NOT NULL DEFAULT '' COMMENT 'the instance acted on; empty for newInstance (a unique key needs a value)',
    instance_id    VARCHAR(64)  NULL COMMENT 'the instance acted on, or the one newInstance returned',
    params         VARCHAR(512) NULL COMMENT 'activity-specific fields as JSON (instanceStatus, ...)',
    state          VARCHAR(12)  NOT NULL COMMENT 'PENDING, POLLING, DONE, FAILED',
    attempts       INT          NOT NULL DEFAULT 0,
    next_at        DATETIME(6)  NULL COMMENT 'due for the next call; null once DONE or FAILED',
    give_up_at     DATETIME(6)  NOT NULL COMMENT 'a call still failing at this time fails the work',
    last_call      BIGINT       NULL,
    created_at     DATETIME(6)  NOT NULL,
    ended_at       DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_saas_provision_line (merchant_id, order_line_id, activity, target),
    KEY ix_saas_provision_due (next_at),
    KEY ix_saas_provision_merchant (merchant_id, state, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

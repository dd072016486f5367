-- Usage records (话单): the integration keys merchants sign pushes with, every accepted push
-- request, and every record in it with its fate (received, accepted, rejected, billed).

CREATE TABLE integration_key (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id  BIGINT       NOT NULL,
    key_id       VARCHAR(64)  NOT NULL COMMENT 'sent as the access-key header',
    name         VARCHAR(60)  NOT NULL,
    secret_enc   VARCHAR(255) NOT NULL COMMENT 'AES-GCM with the server key: base64 of nonce and ciphertext',
    status       VARCHAR(12)  NOT NULL COMMENT 'ACTIVE, DISABLED',
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_key_id (key_id),
    KEY idx_key_merchant (merchant_id),
    CONSTRAINT fk_key_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One accepted push: what the merchant's server sent, minus the signature.
CREATE TABLE usage_request (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id  BIGINT       NOT NULL,
    key_id       VARCHAR(64)  NOT NULL,
    nonce        VARCHAR(64)  NOT NULL,
    ts           BIGINT       NOT NULL,
    client_ip    VARCHAR(64)  NULL,
    record_count INT          NOT NULL,
    received_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_usage_request_merchant (merchant_id, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every pushed record as sent (text, so nothing is lost to parsing) and, once validated, its verdict.
CREATE TABLE usage_record (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    merchant_id         BIGINT        NOT NULL,
    request_id          BIGINT        NOT NULL,
    -- Twice the longest valid value: anything longer is cut here, and a cut value can never equal
    -- a valid one, so it fails validation instead of failing the whole push.
    instance_id         VARCHAR(128)  NULL,
    record_time         VARCHAR(64)   NULL,
    begin_time          VARCHAR(64)   NULL,
    end_time            VARCHAR(64)   NULL,
    usage_value         VARCHAR(64)   NULL,
    metering_sn         VARCHAR(128)  NULL,
    relate_pkg_instance VARCHAR(128)  NULL,
    state               VARCHAR(12)   NOT NULL COMMENT 'RECEIVED, ACCEPTED, REJECTED, BILLED',
    code                CHAR(3)       NULL COMMENT 'rejection code of the spec (001..013)',
    received_at         DATETIME(6)   NOT NULL,
    verdict_at          DATETIME(6)   NULL,
    -- What validation read from the record and its instance.
    product_id          BIGINT        NULL,
    begin_at            DATETIME(6)   NULL,
    end_at              DATETIME(6)   NULL,
    value_dec           DECIMAL(20, 4) NULL,
    cycle               VARCHAR(8)    NULL COMMENT 'HOURLY, DAILY: when the record is collected into billing',
    cutoff_at           DATETIME(6)   NULL COMMENT 'collected (BILLED) at this time; later arrivals are rejected (007)',
    billed_at           DATETIME(6)   NULL,
    previous_id         BIGINT        NULL COMMENT 're-report: the rejected record of the same metering_sn',
    -- Set only while ACCEPTED or BILLED: the database itself then refuses a second acceptance of a
    -- metering_sn (005) or of an instance's time window (010), whichever validator gets there first.
    accepted_sn         VARCHAR(64)   NULL,
    accepted_window     VARCHAR(200)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_usage_accepted_sn (merchant_id, accepted_sn),
    UNIQUE KEY uk_usage_accepted_window (accepted_window),
    KEY idx_usage_cutoff (state, cutoff_at),
    KEY idx_usage_previous (previous_id),
    KEY idx_usage_instance (instance_id, received_at),
    KEY idx_usage_state (state, id),
    KEY idx_usage_merchant (merchant_id, id),
    KEY idx_usage_merchant_sn (merchant_id, metering_sn),
    KEY idx_usage_request (request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

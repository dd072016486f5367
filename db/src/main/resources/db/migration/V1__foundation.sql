-- Foundation: merchants (tenants), the people who sign in, and the audit log.
-- Times are UTC, DATETIME(6). Sessions and their links to the identity provider's sessions live
-- in Redis next to the sessions themselves (see docs/decisions.md), not here.

CREATE TABLE merchant (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    domain_id     VARCHAR(64)  NOT NULL COMMENT 'marketplace account (tenant) id from the identity provider',
    name          VARCHAR(200) NOT NULL,
    certification VARCHAR(20)  NOT NULL COMMENT 'NOT_SUBMITTED, PENDING, CERTIFIED, REJECTED',
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_merchant_domain (domain_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE portal_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id   BIGINT       NULL COMMENT 'null for marketplace operators',
    domain_id     VARCHAR(64)  NOT NULL,
    user_name     VARCHAR(64)  NOT NULL,
    subject       VARCHAR(255) NULL COMMENT 'the provider''s sub, known from the first sign-in',
    account_type  VARCHAR(16)  NOT NULL COMMENT 'MAIN, SUB, OPERATOR',
    display_name  VARCHAR(100) NULL,
    email         VARCHAR(254) NULL,
    status        VARCHAR(16)  NOT NULL COMMENT 'ACTIVE, DISABLED',
    registered_at DATETIME(6)  NOT NULL,
    last_login_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_user_domain_name (domain_id, user_name),
    KEY idx_user_merchant (merchant_id),
    KEY idx_user_subject (subject),
    CONSTRAINT fk_user_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_log (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id   BIGINT       NULL COMMENT 'null for actions outside any merchant',
    actor_user_id BIGINT       NULL,
    actor_name    VARCHAR(128) NOT NULL,
    action        VARCHAR(64)  NOT NULL,
    target_type   VARCHAR(64)  NULL,
    target_id     VARCHAR(128) NULL,
    before_value  TEXT         NULL,
    after_value   TEXT         NULL,
    client_ip     VARCHAR(64)  NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_audit_merchant_time (merchant_id, created_at),
    KEY idx_audit_time (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

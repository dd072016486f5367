-- 客户工单: customer tickets opened on the marketplace and answered by the merchant.
-- Status codes as the marketplace has them: 0 pending acceptance, 1 in progress, 2 pending
-- customer confirmation, 3 completed, 4 cancelled, 5 paused, 17 waiting for customer feedback.
CREATE TABLE ticket (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id           BIGINT       NOT NULL,
    ticket_id             VARCHAR(64)  NOT NULL COMMENT 'the platform''s ticket id, unique across the marketplace',
    product_id            BIGINT       NOT NULL,
    order_id              VARCHAR(64)  NULL,
    instance_id           VARCHAR(64)  NULL,
    customer_id           VARCHAR(64)  NOT NULL,
    customer_name         VARCHAR(200) NOT NULL,
    customer_account_name VARCHAR(100) NOT NULL,
    title                 VARCHAR(200) NOT NULL,
    category              VARCHAR(16)  NOT NULL COMMENT 'PRODUCT_USE, FAULT, BILLING, CONSULTING, OTHER',
    status                SMALLINT     NOT NULL,
    handler_user_id       BIGINT       NOT NULL COMMENT 'handed back before a sub-user is removed, in the same transaction',
    pending_marker        TINYINT      NOT NULL COMMENT '1 while the handler has to act (待我处理)',
    routed_to             VARCHAR(16)  NOT NULL COMMENT 'PRIMARY_HANDLER or MAIN_ACCOUNT: the routing decision',
    routed_user_id        BIGINT       NOT NULL,
    refused_at            DATETIME(6)  NULL COMMENT 'the customer refused the resolution; the handler reopens',
    created_at            DATETIME(6)  NOT NULL,
    received_at           DATETIME(6)  NOT NULL,
    accepted_at           DATETIME(6)  NULL,
    first_response_at     DATETIME(6)  NULL,
    owed_since            DATETIME(6)  NULL COMMENT 'since when the merchant owes the customer an answer',
    due_at                DATETIME(6)  NULL COMMENT 'the answer is due; null when nothing is owed or the clock is paused',
    paused_minutes_left   INT          NULL COMMENT 'working minutes left when the clock was paused',
    overdue_notified      TINYINT      NOT NULL DEFAULT 0,
    console_access        TEXT         NULL COMMENT 'sealed with the server key; erased when the ticket ends',
    confidential_info     TEXT         NULL COMMENT 'sealed with the server key; erased when the ticket ends',
    ended_at              DATETIME(6)  NULL,
    updated_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_ticket_id (ticket_id),
    KEY idx_ticket_created (merchant_id, created_at),
    KEY idx_ticket_status (merchant_id, status, created_at),
    KEY idx_ticket_product (merchant_id, product_id, created_at),
    KEY idx_ticket_handler (merchant_id, handler_user_id, created_at),
    KEY idx_ticket_pending (merchant_id, handler_user_id, pending_marker, created_at),
    KEY idx_ticket_customer (merchant_id, customer_name),
    KEY idx_ticket_due (due_at),
    CONSTRAINT fk_ticket_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_ticket_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ticket's timeline: messages of both sides, status changes, transfers. Never updated.
CREATE TABLE ticket_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id   BIGINT       NOT NULL,
    ticket_ref    BIGINT       NOT NULL,
    kind          VARCHAR(24)  NOT NULL,
    actor_user_id BIGINT       NULL COMMENT 'null for the customer and the platform',
    actor_name    VARCHAR(200) NOT NULL,
    from_status   SMALLINT     NULL,
    to_status     SMALLINT     NULL,
    text          TEXT         NULL,
    cause         TEXT         NULL,
    solution      TEXT         NULL,
    detail        VARCHAR(32)  NULL COMMENT 'the access kind asked for or given, the routing reason',
    to_user_id    BIGINT       NULL,
    to_user_name  VARCHAR(200) NULL,
    event_id      VARCHAR(64)  NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_entry_ticket (ticket_ref, id),
    CONSTRAINT fk_entry_ticket FOREIGN KEY (ticket_ref) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files attached to an entry (stored as every upload is).
CREATE TABLE ticket_attachment (
    entry_ref   BIGINT NOT NULL,
    file_id     BIGINT NOT NULL,
    merchant_id BIGINT NOT NULL,
    ticket_ref  BIGINT NOT NULL,
    PRIMARY KEY (entry_ref, file_id),
    KEY idx_attachment_ticket (ticket_ref, file_id),
    CONSTRAINT fk_attachment_entry FOREIGN KEY (entry_ref) REFERENCES ticket_entry (id),
    CONSTRAINT fk_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 我处理过: every user who has handled a ticket, with its creation time so that the view pages
-- by an index of its own.
CREATE TABLE ticket_participant (
    merchant_id       BIGINT      NOT NULL,
    user_id           BIGINT      NOT NULL,
    ticket_ref        BIGINT      NOT NULL,
    ticket_created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, ticket_ref),
    KEY idx_participant_user (merchant_id, user_id, ticket_created_at),
    CONSTRAINT fk_participant_ticket FOREIGN KEY (ticket_ref) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Notifications: in-site messages, the outbox that carries e-mail and SMS, and each merchant's
-- choice of channels. No text is stored: a message keeps its event and its named arguments (JSON)
-- and is rendered when it is shown or sent, so a corrected text reaches messages already queued.

CREATE TABLE notification_message (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id BIGINT       NULL COMMENT 'null for a message to an operator',
    user_id     BIGINT       NOT NULL COMMENT 'whose inbox',
    event       VARCHAR(40)  NOT NULL,
    args        TEXT         NOT NULL COMMENT 'named arguments of the texts, a JSON object of strings',
    link        VARCHAR(500) NULL COMMENT 'a portal path the message opens',
    created_at  DATETIME(6)  NOT NULL,
    read_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY idx_message_user (user_id, id),
    KEY idx_message_unread (user_id, read_at),
    CONSTRAINT fk_message_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_message_user FOREIGN KEY (user_id) REFERENCES portal_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Written in the transaction of the event; senders on any instance claim due rows with
-- SELECT ... FOR UPDATE SKIP LOCKED and lease them by moving next_attempt_at ahead.
CREATE TABLE notification_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    merchant_id     BIGINT        NULL,
    event           VARCHAR(40)   NOT NULL,
    channel         VARCHAR(16)   NOT NULL COMMENT 'EMAIL, SMS',
    address         VARCHAR(254)  NOT NULL COMMENT 'e-mail address or phone number',
    language        VARCHAR(16)   NOT NULL COMMENT 'zh-CN or en, the merchant''s choice when written',
    args            TEXT          NOT NULL COMMENT 'named arguments of the texts, a JSON object of strings',
    link            VARCHAR(500)  NULL,
    status          VARCHAR(16)   NOT NULL COMMENT 'PENDING, SENT, FAILED, SKIPPED',
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL COMMENT 'when due; while a sender holds the row, the end of its lease',
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY idx_outbox_due (status, next_attempt_at),
    KEY idx_outbox_merchant (merchant_id, created_at),
    CONSTRAINT fk_outbox_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every channel of every event is on until the main account turns it off: only the "off" choices
-- are rows.
CREATE TABLE notification_opt_out (
    merchant_id BIGINT      NOT NULL,
    event       VARCHAR(40) NOT NULL,
    channel     VARCHAR(16) NOT NULL COMMENT 'IN_SITE, EMAIL, SMS',
    PRIMARY KEY (merchant_id, event, channel),
    CONSTRAINT fk_opt_out_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_preference (
    merchant_id BIGINT      NOT NULL,
    language    VARCHAR(16) NOT NULL COMMENT 'language of e-mail and SMS: zh-CN (default) or en',
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (merchant_id),
    CONSTRAINT fk_preference_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 服务监管: supervised delivery. A paid NEW order line of a supervised product (every data-file
-- product, and any product whose listing says so) gets a task that holds its order PROCESSING
-- until the customer accepts the delivery. The steps:
--   AWAITING_REQUIREMENT   the customer submits the requirement (platform API)
--   CONFIRMING_REQUIREMENT the merchant confirms it or sends it back
--   DELIVERING             the merchant uploads the acceptance document and proof
--   AWAITING_ACCEPTANCE    the customer accepts (COMPLETED) or rejects (back to DELIVERING)
--   COMPLETED / CLOSED     accepted; or closed by an unsubscribe, a refund or the order's cancellation
-- An appeal freezes the task (frozen = 1) until an operator decides. Times are UTC.
CREATE TABLE supervision_task (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id           BIGINT       NOT NULL,
    task_no               VARCHAR(64)  NOT NULL COMMENT 'the order line''s platform id: one task per supervised line',
    order_ref             BIGINT       NOT NULL,
    order_id              VARCHAR(64)  NOT NULL,
    line_ref              BIGINT       NOT NULL,
    product_id            BIGINT       NOT NULL,
    spec_id               BIGINT       NOT NULL,
    customer_id           VARCHAR(64)  NOT NULL,
    customer_name         VARCHAR(200) NOT NULL,
    customer_account_name VARCHAR(100) NOT NULL,
    company_name          VARCHAR(200) NULL COMMENT 'the customer''s full company name, from the requirement',
    contact_name          VARCHAR(100) NULL,
    contact_phone         VARCHAR(40)  NULL,
    contact_email         VARCHAR(200) NULL,
    step                  VARCHAR(24)  NOT NULL,
    frozen                TINYINT      NOT NULL DEFAULT 0 COMMENT '1 while an appeal waits for an operator',
    pending_marker        TINYINT      NOT NULL DEFAULT 0 COMMENT '1 while the handler has to act',
    handler_user_id       BIGINT       NOT NULL,
    routed_to             VARCHAR(16)  NOT NULL COMMENT 'PRIMARY_HANDLER or MAIN_ACCOUNT',
    confirm_days          INT          NOT NULL COMMENT 'working days to confirm a requirement, from the listing',
    delivery_days         INT          NOT NULL COMMENT 'working days to deliver, from the listing',
    step_since            DATETIME(6)  NOT NULL,
    due_at                DATETIME(6)  NULL COMMENT 'the current step is due; null when ended or frozen',
    overdue_notified      TINYINT      NOT NULL DEFAULT 0 COMMENT 'reset by every step change',
    ever_overdue          TINYINT      NOT NULL DEFAULT 0 COMMENT 'a step of this task went past its due time',
    rejections            INT          NOT NULL DEFAULT 0,
    sent_back             INT          NOT NULL DEFAULT 0,
    appeals               INT          NOT NULL DEFAULT 0,
    service_start_at      DATETIME(6)  NULL COMMENT 'the actual service start the merchant entered at delivery',
    accepted_at           DATETIME(6)  NULL,
    ended_at              DATETIME(6)  NULL,
    end_reason            VARCHAR(24)  NULL COMMENT 'ACCEPTED, OPERATOR_COMPLETED, UNSUBSCRIBED, REFUNDED, ORDER_CANCELLED',
    reminded_at           DATETIME(6)  NULL COMMENT 'the last weekly reminder of a task open past 180 days',
    created_at            DATETIME(6)  NOT NULL COMMENT 'when the order was paid',
    updated_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_supervision_task_no (task_no),
    KEY idx_supervision_created (merchant_id, created_at),
    KEY idx_supervision_step (merchant_id, step, created_at),
    KEY idx_supervision_product (merchant_id, product_id, created_at),
    KEY idx_supervision_handler (merchant_id, handler_user_id, pending_marker, created_at),
    KEY idx_supervision_order (order_ref),
    KEY idx_supervision_due (due_at),
    KEY idx_supervision_open (ended_at, created_at),
    CONSTRAINT fk_supervision_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_supervision_order FOREIGN KEY (order_ref) REFERENCES orders (id),
    CONSTRAINT fk_supervision_line FOREIGN KEY (line_ref) REFERENCES order_line (id),
    CONSTRAINT fk_supervision_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The task's timeline: every step of both sides and of operators. Never updated.
CREATE TABLE supervision_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id   BIGINT       NOT NULL,
    task_ref      BIGINT       NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    actor_user_id BIGINT       NULL COMMENT 'a portal user; null for the customer, the platform and operators',
    actor_name    VARCHAR(200) NOT NULL,
    from_step     VARCHAR(24)  NULL,
    to_step       VARCHAR(24)  NULL,
    text          TEXT         NULL,
    detail        VARCHAR(64)  NULL COMMENT 'the routing reason, the operator''s decision, the return step',
    start_at      DATETIME(6)  NULL COMMENT 'the actual service start of a delivery',
    event_id      VARCHAR(64)  NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_supervision_entry_task (task_ref, id),
    CONSTRAINT fk_supervision_entry_task FOREIGN KEY (task_ref) REFERENCES supervision_task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Documents of an entry: the requirement's attachments, the acceptance document and proof, an
-- appeal's proof. role ACCEPTANCE marks the acceptance document of a delivery.
CREATE TABLE supervision_attachment (
    entry_ref   BIGINT      NOT NULL,
    file_id     BIGINT      NOT NULL,
    merchant_id BIGINT      NOT NULL,
    task_ref    BIGINT      NOT NULL,
    role        VARCHAR(16) NOT NULL COMMENT 'ACCEPTANCE, PROOF, REQUIREMENT, APPEAL',
    PRIMARY KEY (entry_ref, file_id),
    KEY idx_supervision_attachment_task (task_ref, file_id),
    CONSTRAINT fk_supervision_attachment_entry FOREIGN KEY (entry_ref) REFERENCES supervision_entry (id),
    CONSTRAINT fk_supervision_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Appeals (申诉) for operators: one open at most per task (the task is frozen while it is).
CREATE TABLE supervision_appeal (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id     BIGINT       NOT NULL,
    task_ref        BIGINT       NOT NULL,
    entry_ref       BIGINT       NOT NULL COMMENT 'the APPEALED entry with the reason and proof',
    step            VARCHAR(24)  NOT NULL COMMENT 'the step the task was frozen in',
    grounds         VARCHAR(24)  NOT NULL COMMENT 'CUSTOMER_SILENT or REPEATED_REJECTIONS',
    status          VARCHAR(12)  NOT NULL COMMENT 'OPEN, DECIDED',
    decision        VARCHAR(16)  NULL COMMENT 'COMPLETE, RETURN, REFUND',
    return_step     VARCHAR(24)  NULL,
    decision_note   TEXT         NULL,
    decided_by      VARCHAR(100) NULL COMMENT 'the operator''s user name',
    appealed_at     DATETIME(6)  NOT NULL,
    due_at          DATETIME(6)  NOT NULL COMMENT 'operators decide within 3 days',
    decided_at      DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY idx_appeal_queue (status, due_at),
    KEY idx_appeal_task (task_ref),
    CONSTRAINT fk_appeal_task FOREIGN KEY (task_ref) REFERENCES supervision_task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 退订管理: the customer's requests to unsubscribe a supervised order, and the merchant's answer.
CREATE TABLE supervision_unsubscribe (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id     BIGINT       NOT NULL,
    task_ref        BIGINT       NOT NULL,
    status          VARCHAR(12)  NOT NULL COMMENT 'REQUESTED, APPROVED, REFUSED',
    reason          TEXT         NOT NULL COMMENT 'the customer''s',
    refusal         TEXT         NULL COMMENT 'the merchant''s reason for refusing',
    decided_by      VARCHAR(200) NULL,
    refund_order_id VARCHAR(64)  NULL COMMENT 'the UNSUBSCRIBE order an approval made',
    requested_at    DATETIME(6)  NOT NULL,
    decided_at      DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY idx_unsubscribe_merchant (merchant_id, status, requested_at),
    KEY idx_unsubscribe_refused (status, decided_at),
    KEY idx_unsubscribe_task (task_ref),
    CONSTRAINT fk_unsubscribe_task FOREIGN KEY (task_ref) REFERENCES supervision_task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Figures per product, kept in the transaction of the change that moves them (never by
-- scanning tasks): counts for the rates, and the times to acceptance as a histogram of whole
-- hours, from which the median is read exactly to the hour.
CREATE TABLE supervision_figure (
    merchant_id BIGINT NOT NULL,
    product_id  BIGINT NOT NULL,
    tasks       BIGINT NOT NULL DEFAULT 0,
    accepted    BIGINT NOT NULL DEFAULT 0,
    deliveries  BIGINT NOT NULL DEFAULT 0,
    rejections  BIGINT NOT NULL DEFAULT 0,
    appealed    BIGINT NOT NULL DEFAULT 0 COMMENT 'tasks appealed at least once',
    overdue     BIGINT NOT NULL DEFAULT 0 COMMENT 'tasks that went overdue at least once',
    PRIMARY KEY (merchant_id, product_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supervision_acceptance_hours (
    merchant_id BIGINT NOT NULL,
    product_id  BIGINT NOT NULL,
    hours       INT    NOT NULL,
    tasks       BIGINT NOT NULL,
    PRIMARY KEY (merchant_id, product_id, hours)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Orders and instances (订单), as the marketplace platform pushes them through the platform API,
-- the platform calls already answered (idempotency on event_id), and the history of CSV exports.
--
-- Sized for a merchant with millions of orders: every list index starts with merchant_id and ends
-- with created_at (InnoDB appends the primary key), so a page of the list sorted by creation time
-- is a range read of one index in order, never a scan and sort of the merchant's orders, and the
-- same index serves a keyset page (created_at, id) as well as the capped count.

-- An order. The customer is kept on the order as the platform sent it (id, name, account name):
-- the portal keeps no customer records of its own, and a list filtered by customer reads one table.
-- `orders` because ORDER is a reserved word.
CREATE TABLE orders (
    id                    BIGINT         NOT NULL AUTO_INCREMENT,
    merchant_id           BIGINT         NOT NULL,
    order_id              VARCHAR(64)    NOT NULL COMMENT 'the platform''s order id, unique across the marketplace',
    order_type            VARCHAR(16)    NOT NULL COMMENT 'NEW, TRIAL, TRIAL_TO_FORMAL, UNSUBSCRIBE, RENEW, CHANGE',
    status                VARCHAR(16)    NOT NULL COMMENT 'PENDING_PAYMENT, PROCESSING, CANCELLED, COMPLETED',
    created_at            DATETIME(6)    NOT NULL COMMENT 'when the customer ordered (the platform''s time)',
    paid_at               DATETIME(6)    NULL,
    currency              CHAR(3)        NOT NULL,
    amount                DECIMAL(16, 2) NOT NULL,
    customer_id           VARCHAR(64)    NOT NULL,
    customer_name         VARCHAR(200)   NOT NULL,
    customer_account_name VARCHAR(100)   NOT NULL,
    received_at           DATETIME(6)    NOT NULL COMMENT 'when the platform API stored it',
    updated_at            DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_orders_order_id (order_id),
    KEY idx_orders_created (merchant_id, created_at),
    KEY idx_orders_status (merchant_id, status, created_at),
    KEY idx_orders_type (merchant_id, order_type, created_at),
    -- Customer filters match a prefix (LIKE 'x%'), which these ranges serve.
    KEY idx_orders_customer (merchant_id, customer_name),
    KEY idx_orders_account (merchant_id, customer_account_name),
    CONSTRAINT fk_orders_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A line of an order: one spec of one product of the merchant.
CREATE TABLE order_line (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    merchant_id   BIGINT         NOT NULL,
    order_ref     BIGINT         NOT NULL COMMENT 'orders.id',
    order_line_id VARCHAR(64)    NOT NULL COMMENT 'the platform''s line id',
    product_id    BIGINT         NOT NULL,
    spec_id       BIGINT         NOT NULL,
    charging_mode VARCHAR(16)    NOT NULL COMMENT 'ON_DEMAND, ONE_TIME, PERIOD, ON_DEMAND_PKG',
    period_type   VARCHAR(8)     NULL COMMENT 'MONTH, YEAR',
    period_number INT            NULL,
    expire_at     DATETIME(6)    NULL,
    amount        DECIMAL(16, 2) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_line_order_line_id (order_line_id),
    KEY idx_line_order (order_ref, id),
    -- Filters by product, by charging mode, and a sub-user's granted products.
    KEY idx_line_product (merchant_id, product_id, order_ref),
    KEY idx_line_mode (merchant_id, charging_mode, order_ref),
    CONSTRAINT fk_line_order FOREIGN KEY (order_ref) REFERENCES orders (id),
    CONSTRAINT fk_line_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_line_spec FOREIGN KEY (spec_id) REFERENCES product_spec (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a customer runs after ordering. The platform freezes, unfreezes and releases it; usage
-- records (话单) are pushed for on-demand instances by instance_id.
CREATE TABLE order_instance (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    merchant_id BIGINT      NOT NULL,
    instance_id VARCHAR(64) NOT NULL COMMENT 'the platform''s instance id, unique across the marketplace',
    order_ref   BIGINT      NOT NULL,
    line_ref    BIGINT      NOT NULL COMMENT 'order_line.id',
    product_id  BIGINT      NOT NULL,
    spec_id     BIGINT      NOT NULL,
    status      VARCHAR(12) NOT NULL COMMENT 'NORMAL, FROZEN, RELEASED',
    on_demand   BOOLEAN     NOT NULL COMMENT 'charged per use (ON_DEMAND, ON_DEMAND_PKG): takes usage records',
    created_at  DATETIME(6) NOT NULL,
    expire_at   DATETIME(6) NULL,
    released_at DATETIME(6) NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_instance_instance_id (instance_id),
    KEY idx_instance_line (line_ref, id),
    KEY idx_instance_order (order_ref),
    KEY idx_instance_merchant (merchant_id, product_id, status),
    CONSTRAINT fk_instance_order FOREIGN KEY (order_ref) REFERENCES orders (id),
    CONSTRAINT fk_instance_line FOREIGN KEY (line_ref) REFERENCES order_line (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every status an order or one of its instances went through, oldest first: the details page's
-- history. instance_id is null for the order's own status.
CREATE TABLE order_history (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    merchant_id BIGINT      NOT NULL,
    order_ref   BIGINT      NOT NULL,
    instance_id VARCHAR(64) NULL,
    from_status VARCHAR(16) NULL COMMENT 'null when the order or instance was created',
    to_status   VARCHAR(16) NOT NULL,
    event_id    VARCHAR(64) NULL COMMENT 'the platform call that made the change',
    changed_at  DATETIME(6) NOT NULL COMMENT 'the platform''s time of the change',
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_history_order (order_ref, id),
    CONSTRAINT fk_history_order FOREIGN KEY (order_ref) REFERENCES orders (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Platform calls that changed something, by their event_id, with the answer they got: a repeated
-- call with the same request gets the same answer and changes nothing; the same event_id with
-- another request is refused. Refused calls (400, 409) are not kept, so a corrected call may reuse
-- its event_id.
CREATE TABLE platform_event (
    event_id        VARCHAR(64) NOT NULL,
    kind            VARCHAR(32) NOT NULL COMMENT 'ORDER_CREATED, ORDER_STATUS, INSTANCE_FREEZE, ...',
    request_hash    CHAR(64)    NOT NULL COMMENT 'SHA-256 of the canonical request (target and JSON body)',
    merchant_id     BIGINT      NULL,
    response_status SMALLINT    NOT NULL,
    response_body   TEXT        NOT NULL,
    received_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (event_id),
    KEY idx_event_received (received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 导出历史: every CSV export of orders, written when it starts and completed when it ends.
CREATE TABLE order_export (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    merchant_id  BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL,
    user_name    VARCHAR(64)   NOT NULL,
    filter       VARCHAR(1000) NOT NULL COMMENT 'the list''s query string, as the user filtered it',
    status       VARCHAR(16)   NOT NULL COMMENT 'RUNNING, FINISHED, CLIENT_ABORTED, FAILED',
    rows_written BIGINT        NOT NULL DEFAULT 0,
    started_at   DATETIME(6)   NOT NULL,
    finished_at  DATETIME(6)   NULL,
    duration_ms  BIGINT        NULL,
    error        VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    KEY idx_export_merchant (merchant_id, started_at),
    KEY idx_export_user (merchant_id, user_id, started_at),
    CONSTRAINT fk_export_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Products (商品管理): listed products and their specs, the applications that create or change
-- them, field comments of reviews, and grants of products to sub-users (子用户商品授权).

-- A listed product. The listing itself (texts, contacts, type-specific part) is the JSON of the
-- last approved application; the columns are what lists filter and sort by.
CREATE TABLE product (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id    BIGINT       NOT NULL,
    type           VARCHAR(16)  NOT NULL COMMENT 'IMAGE, CONSULTING, DATA_FILE',
    status         VARCHAR(24)  NOT NULL COMMENT 'ON_SALE, DELISTING_REQUESTED, DELISTED',
    public_visible TINYINT(1)   NOT NULL COMMENT '0: hidden, still buyable by URL',
    name_zh        VARCHAR(100) NOT NULL,
    name_en        VARCHAR(100) NOT NULL,
    category       VARCHAR(40)  NOT NULL,
    content        MEDIUMTEXT   NOT NULL,
    listed_at      DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_product_merchant (merchant_id, updated_at),
    CONSTRAINT fk_product_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Specs (规格) are rows of their own: orders refer to them, and a listed spec is never deleted,
-- only taken off sale.
CREATE TABLE product_spec (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    merchant_id   BIGINT        NOT NULL,
    product_id    BIGINT        NOT NULL,
    position      INT           NOT NULL,
    name_zh       VARCHAR(100)  NOT NULL,
    name_en       VARCHAR(100)  NOT NULL,
    charging_mode VARCHAR(16)   NOT NULL COMMENT 'ONE_TIME, MONTHLY, YEARLY, PER_USE',
    price         DECIMAL(14, 2) NULL COMMENT 'null when priced per CPU-core count',
    core_prices   VARCHAR(500)  NULL COMMENT 'cores:price pairs, e.g. 2:10.00,4:18.00 (image products)',
    currency      CHAR(3)       NOT NULL,
    on_sale       TINYINT(1)    NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_spec_product (product_id, position),
    KEY idx_spec_merchant (merchant_id),
    CONSTRAINT fk_spec_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 我的申请: every create and change of a product. DRAFT and REJECTED are editable; SUBMITTED is
-- read-only until its review (review_request_id) is decided.
CREATE TABLE product_application (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    merchant_id         BIGINT      NOT NULL,
    product_id          BIGINT      NULL COMMENT 'the listed product a CHANGE is for; set on approval for a CREATE',
    type                VARCHAR(16) NOT NULL,
    kind                VARCHAR(8)  NOT NULL COMMENT 'CREATE, CHANGE',
    status              VARCHAR(12) NOT NULL COMMENT 'DRAFT, SUBMITTED, REJECTED, APPROVED',
    name_zh             VARCHAR(100) NULL,
    content             MEDIUMTEXT  NOT NULL,
    previous_submission MEDIUMTEXT  NULL COMMENT 'what was submitted last time, for the reviewer''s diff',
    review_request_id   BIGINT      NULL,
    created_by          BIGINT      NOT NULL,
    created_at          DATETIME(6) NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    submitted_at        DATETIME(6) NULL,
    PRIMARY KEY (id),
    KEY idx_application_merchant (merchant_id, updated_at),
    KEY idx_application_product (product_id),
    KEY idx_application_review (review_request_id),
    CONSTRAINT fk_application_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An operator's comment on one field of a reviewed request, shown to the merchant next to it.
CREATE TABLE review_comment (
    review_request_id BIGINT        NOT NULL,
    merchant_id       BIGINT        NOT NULL,
    field             VARCHAR(100)  NOT NULL,
    comment           VARCHAR(1000) NOT NULL,
    PRIMARY KEY (review_request_id, field),
    KEY idx_comment_merchant (merchant_id),
    CONSTRAINT fk_comment_review FOREIGN KEY (review_request_id) REFERENCES review_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A product granted to a sub-user with a role. At most one SERVE grant per product is the
-- primary handler (primary_marker 1; NULL otherwise, which the unique key allows many of).
CREATE TABLE product_grant (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    merchant_id    BIGINT      NOT NULL,
    product_id     BIGINT      NOT NULL,
    user_id        BIGINT      NOT NULL,
    role           VARCHAR(8)  NOT NULL COMMENT 'VIEW, MANAGE, SERVE',
    primary_marker TINYINT     NULL,
    expires_at     DATETIME(6) NULL COMMENT 'the grant stops working at this time; no job needed',
    created_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_grant_user (product_id, user_id),
    UNIQUE KEY uk_grant_primary (product_id, primary_marker),
    KEY idx_grant_user (user_id, product_id),
    KEY idx_grant_merchant (merchant_id),
    CONSTRAINT fk_grant_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_grant_user FOREIGN KEY (user_id) REFERENCES portal_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files uploaded for a product application, so that a sub-user may download exactly the files
-- of the products granted to them.
ALTER TABLE stored_file ADD COLUMN application_id BIGINT NULL AFTER merchant_id;
ALTER TABLE stored_file ADD KEY idx_file_application (application_id);

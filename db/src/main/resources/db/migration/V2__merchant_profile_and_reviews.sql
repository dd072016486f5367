-- Merchant profiles, the files merchants upload, and the operators' review requests.

-- Uploaded files, in the database so that every portal instance serves them (FileStore hides
-- where they live). Content is never served inline.
CREATE TABLE stored_file (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id  BIGINT       NOT NULL,
    purpose      VARCHAR(40)  NOT NULL COMMENT 'BUSINESS_LICENCE, COMPLIANCE_LETTER, ...',
    file_name    VARCHAR(200) NOT NULL COMMENT 'made safe at upload',
    content_type VARCHAR(100) NOT NULL COMMENT 'as sniffed from the content, not as declared',
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    created_by   BIGINT       NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_file_merchant (merchant_id, id),
    CONSTRAINT fk_file_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The certified profile (商家信息). Created when onboarding is approved; other changes than contact
-- phone, contact e-mail and finance contact go through review_request first.
CREATE TABLE merchant_profile (
    merchant_id         BIGINT       NOT NULL,
    company_name        VARCHAR(200) NOT NULL,
    registration_number VARCHAR(64)  NOT NULL,
    address             VARCHAR(300) NOT NULL,
    contact_person      VARCHAR(100) NOT NULL,
    contact_phone       VARCHAR(32)  NOT NULL,
    contact_email       VARCHAR(254) NOT NULL,
    finance_name        VARCHAR(100) NOT NULL,
    finance_phone       VARCHAR(32)  NOT NULL,
    finance_email       VARCHAR(254) NOT NULL,
    tax_number          VARCHAR(64)  NOT NULL,
    tax_type            VARCHAR(32)  NOT NULL COMMENT 'GENERAL, SMALL_SCALE, OVERSEAS',
    licence_file_id     BIGINT       NOT NULL,
    compliance_status   VARCHAR(20)  NOT NULL DEFAULT 'NONE' COMMENT 'NONE, PENDING, APPROVED, REJECTED',
    compliance_file_id  BIGINT       NULL,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (merchant_id),
    CONSTRAINT fk_profile_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_profile_licence FOREIGN KEY (licence_file_id) REFERENCES stored_file (id),
    CONSTRAINT fk_profile_compliance FOREIGN KEY (compliance_file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a merchant submits and an operator decides: onboarding, profile changes, compliance letters
-- (and later product applications). Values are field maps in JSON text, old and new, so the review
-- page can show them side by side whatever the kind.
CREATE TABLE review_request (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id  BIGINT       NOT NULL,
    kind         VARCHAR(32)  NOT NULL COMMENT 'ONBOARDING, PROFILE_CHANGE, COMPLIANCE_LETTER, ...',
    status       VARCHAR(16)  NOT NULL COMMENT 'PENDING, APPROVED, REJECTED',
    -- 1 while PENDING, NULL once decided: with the unique key below, at most one open request of a
    -- kind per merchant, enforced by the database (unique keys allow any number of NULLs).
    open_marker  TINYINT      NULL,
    old_values   TEXT         NOT NULL,
    new_values   TEXT         NOT NULL,
    submitted_by BIGINT       NOT NULL,
    submitted_at DATETIME(6)  NOT NULL,
    due_at       DATETIME(6)  NOT NULL COMMENT '3 working days after submission',
    reviewed_by  BIGINT       NULL,
    reviewed_at  DATETIME(6)  NULL,
    reason       VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_review_open (merchant_id, kind, open_marker),
    KEY idx_review_queue (status, submitted_at),
    KEY idx_review_merchant (merchant_id, submitted_at),
    CONSTRAINT fk_review_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

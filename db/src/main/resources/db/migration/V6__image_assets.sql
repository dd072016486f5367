-- Image assets (镜像资产): the private images a merchant registers to build image products from.

-- What the cloud's image service reports about each merchant's images. It stands in for that
-- service (see docs/decisions.md): production reads the same facts from the cloud's image API
-- behind the ImageCatalog interface, and this table is then unused. Rows are what each merchant's
-- account sees, so the key starts with merchant_id.
CREATE TABLE image_catalog (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id BIGINT       NOT NULL,
    region      VARCHAR(32)  NOT NULL COMMENT 'cloud region id, e.g. ap-southeast-3',
    image_id    VARCHAR(64)  NOT NULL,
    name        VARCHAR(128) NOT NULL,
    size_gb     INT          NOT NULL,
    shared      BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'shared with other accounts',
    encrypted   BOOLEAN      NOT NULL DEFAULT FALSE,
    full_server BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'a full-server (整机) image: system and data disks',
    source      VARCHAR(16)  NOT NULL COMMENT 'what it was made from: PRIVATE, MARKETPLACE, SHARED',
    os_type     VARCHAR(16)  NOT NULL COMMENT 'Linux, Windows',
    PRIMARY KEY (id),
    UNIQUE KEY uk_catalog_image (merchant_id, region, image_id),
    CONSTRAINT fk_catalog_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A registered image and the verdict of the rules on it. The facts are kept as they were at
-- registration. A refused image stays listed with its reason until the merchant deletes it or
-- registers it again (which replaces the refused row).
CREATE TABLE image_asset (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id     BIGINT       NOT NULL,
    image_id        VARCHAR(64)  NOT NULL,
    region          VARCHAR(32)  NOT NULL,
    name            VARCHAR(128) NOT NULL,
    size_gb         INT          NOT NULL,
    os_type         VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL COMMENT 'ACCEPTED, REFUSED',
    refusal         VARCHAR(40)  NULL COMMENT 'message code of the first rule the image failed, e.g. asset.encrypted',
    -- 1 while ACCEPTED, NULL when REFUSED: with uk_asset_accepted, an image is at most one accepted
    -- asset across all merchants, enforced by the database (unique keys allow any number of NULLs).
    accepted_marker TINYINT      NULL,
    locked          BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'an image product built on it is listed',
    locked_at       DATETIME(6)  NULL,
    created_by      BIGINT       NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_asset_accepted (image_id, accepted_marker),
    UNIQUE KEY uk_asset_merchant_image (merchant_id, image_id),
    KEY idx_asset_merchant (merchant_id, id),
    CONSTRAINT fk_asset_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

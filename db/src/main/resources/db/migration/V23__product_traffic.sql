-- Product page views and visitors, as the platform counts them and pushes them once a day
-- (POST /api/platform/v1/traffic). A row holds the platform's figures of one product on one day,
-- the marketplace's day (Asia/Shanghai), not a UTC day. When the platform sends the same day again
-- (a correction), its figures replace the row's: the table is the source itself, so no roll-up is
-- kept and none is needed. Read per merchant over a range of days, or per product.

CREATE TABLE analytics_traffic_day (
    merchant_id BIGINT      NOT NULL,
    product_id  BIGINT      NOT NULL,
    day         DATE        NOT NULL COMMENT 'the marketplace''s day, Asia/Shanghai',
    page_views  BIGINT      NOT NULL,
    visitors    BIGINT      NOT NULL COMMENT 'distinct visitors of the day, at most page_views',
    updated_at  DATETIME(6) NOT NULL COMMENT 'when the platform last sent this day (UTC)',
    PRIMARY KEY (merchant_id, day, product_id),
    KEY idx_traffic_product_day (merchant_id, product_id, day),
    CONSTRAINT fk_traffic_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_traffic_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each merchant's service hours: the working time a customer ticket's first-response target is
-- counted in. No row means the portal's default (Monday to Friday, 09:00-18:00, Asia/Shanghai,
-- 4 working hours). Opening and closing are wall-clock times in the merchant's zone, not UTC:
-- the working day stays 09:00-18:00 locally across daylight saving changes.

CREATE TABLE service_hours (
    merchant_id            BIGINT      NOT NULL,
    days                   VARCHAR(27) NOT NULL COMMENT 'three-letter day names, e.g. MON,TUE,WED,THU,FRI; all seven take 27',
    opens_at               TIME        NOT NULL COMMENT 'local time in time_zone',
    closes_at              TIME        NOT NULL COMMENT 'local time in time_zone, after opens_at (no overnight shifts)',
    time_zone              VARCHAR(64) NOT NULL COMMENT 'IANA zone id, e.g. Asia/Shanghai',
    first_response_minutes INT         NOT NULL COMMENT 'working minutes',
    updated_at             DATETIME(6) NOT NULL,
    PRIMARY KEY (merchant_id),
    CONSTRAINT fk_service_hours_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

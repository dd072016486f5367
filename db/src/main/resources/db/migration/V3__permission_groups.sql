-- Permission groups (权限组) of a merchant's sub-users: which menus they have. The main account
-- always has everything and belongs to no group.

CREATE TABLE permission_group (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    merchant_id BIGINT       NOT NULL,
    name        VARCHAR(60)  NOT NULL,
    menus       VARCHAR(200) NOT NULL COMMENT 'comma-separated Menu names',
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_group_name (merchant_id, name),
    CONSTRAINT fk_group_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_group (
    merchant_id BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    group_id    BIGINT NOT NULL,
    PRIMARY KEY (user_id, group_id),
    KEY idx_user_group_group (group_id),
    KEY idx_user_group_merchant (merchant_id),
    CONSTRAINT fk_ug_user FOREIGN KEY (user_id) REFERENCES portal_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_ug_group FOREIGN KEY (group_id) REFERENCES permission_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

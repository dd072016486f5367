-- The export history (导出历史) holds every CSV export, of orders and of usage records alike: one
-- table and one set of mechanics (docs/decisions.md). The table keeps its name, which scripts and
-- tests already read; `kind` says which list was exported. Rows written so far are all orders.
ALTER TABLE order_export
    ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'ORDERS' COMMENT 'ORDERS, USAGE: which list was exported'
        AFTER merchant_id;

-- From now on every insert names its kind.
ALTER TABLE order_export
    ALTER COLUMN kind DROP DEFAULT;

-- Each history page lists one kind, newest first: the kind goes before the time in both indexes.
-- The new ones come first so the merchant's foreign key always has an index to use.
CREATE INDEX idx_export_kind ON order_export (merchant_id, kind, started_at);
CREATE INDEX idx_export_user_kind ON order_export (merchant_id, user_id, kind, started_at);
DROP INDEX idx_export_merchant ON order_export;
DROP INDEX idx_export_user ON order_export;

-- Every usage query is scoped by merchant (another merchant may push records naming your
-- instance ids). The home page's silence alarm looks up an instance's latest record by
-- (merchant, instance, received): with the merchant first in the index it stays an index-only
-- lookup, as it was by (instance, received) alone. The ledger's instance filter uses it too.
ALTER TABLE usage_record
    DROP INDEX idx_usage_instance,
    ADD INDEX idx_usage_instance (merchant_id, instance_id, received_at);

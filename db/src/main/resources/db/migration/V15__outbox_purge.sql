-- Delivered (or given-up, or skipped) notifications are deleted after portal.notifications.keep
-- (30 days by default); the purge finds them by their age.
ALTER TABLE notification_outbox ADD KEY idx_outbox_created (created_at);

-- A removed sub-user's in-site messages go with them. Before tickets, a sub-user received
-- messages only about applications they submitted, and removing one who had any failed on this
-- key; tickets notify their handlers all the time. (Two statements: MariaDB cannot drop and add
-- a key of the same name in one.)
ALTER TABLE notification_message DROP FOREIGN KEY fk_message_user;
ALTER TABLE notification_message
    ADD CONSTRAINT fk_message_user FOREIGN KEY (user_id) REFERENCES portal_user (id) ON DELETE CASCADE;

-- V21 made end_reason too short for OPERATOR_COMPLETED (18 characters): an operator's
-- "complete" decision on an appeal failed on the update. A version of its own between 21 and
-- 22 so that branches adding V22 merge without renumbering.
ALTER TABLE supervision_task
    MODIFY end_reason VARCHAR(24) NULL COMMENT 'ACCEPTED, OPERATOR_COMPLETED, UNSUBSCRIBED, REFUNDED, ORDER_CANCELLED';

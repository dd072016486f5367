-- Demo data for the local run and the tests (never under the prod profile: the portal refuses to
-- start with db/demo among its Flyway locations there). Idempotent: it runs again when it changes.
-- Initech Software is deliberately absent: its main account is created just-in-time at first
-- sign-in and has not been onboarded.

INSERT INTO merchant (domain_id, name, certification, created_at, updated_at)
VALUES ('acme', 'Acme Cloud', 'CERTIFIED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       ('globex', 'Globex Data', 'CERTIFIED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
ON DUPLICATE KEY UPDATE name = VALUES(name);

INSERT INTO portal_user (merchant_id, domain_id, user_name, account_type, display_name, status, registered_at)
SELECT m.id, m.domain_id, u.user_name, u.account_type, u.display_name, 'ACTIVE', UTC_TIMESTAMP(6)
FROM merchant m
         JOIN (SELECT 'acme' AS domain_id, 'acme-admin' AS user_name, 'MAIN' AS account_type, 'Alice Admin' AS display_name
               UNION ALL SELECT 'acme', 'acme-ops', 'SUB', 'Oscar Ops'
               UNION ALL SELECT 'acme', 'acme-support', 'SUB', 'Sam Support'
               UNION ALL SELECT 'globex', 'globex-admin', 'MAIN', 'Gary Globex'
               UNION ALL SELECT 'globex', 'globex-sales', 'SUB', 'Sally Sales') u
              ON u.domain_id = m.domain_id
ON DUPLICATE KEY UPDATE account_type = VALUES(account_type);

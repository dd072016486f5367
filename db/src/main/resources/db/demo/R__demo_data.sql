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

-- Certified profiles of Acme Cloud and Globex Data, with their business licences (tiny PDFs).
INSERT IGNORE INTO stored_file (id, merchant_id, purpose, file_name, content_type, size_bytes, sha256, content, created_at)
SELECT 900000 + m.id, m.id, 'BUSINESS_LICENCE', CONCAT(m.domain_id, '-business-licence.pdf'), 'application/pdf',
       LENGTH(doc.content), SHA2(doc.content, 256), doc.content, UTC_TIMESTAMP(6)
FROM merchant m
         JOIN (SELECT CAST('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n' AS BINARY) AS content) doc
WHERE m.domain_id IN ('acme', 'globex');

INSERT IGNORE INTO merchant_profile
    (merchant_id, company_name, registration_number, address, contact_person, contact_phone, contact_email,
     finance_name, finance_phone, finance_email, tax_number, tax_type, licence_file_id, updated_at)
SELECT m.id, p.company_name, p.registration_number, p.address, p.contact_person, p.contact_phone, p.contact_email,
       p.finance_name, p.finance_phone, p.finance_email, p.tax_number, p.tax_type, 900000 + m.id, UTC_TIMESTAMP(6)
FROM merchant m
         JOIN (SELECT 'acme' AS domain_id, 'Acme Cloud' AS company_name, '91440300MA5ACME01' AS registration_number,
                      '88 Science Park Road, Shenzhen' AS address, 'Alice Admin' AS contact_person,
                      '+86 755 8888 0001' AS contact_phone, 'acme-admin@acme.example' AS contact_email,
                      'Frank Fu' AS finance_name, '+86 755 8888 0002' AS finance_phone,
                      'finance@acme.example' AS finance_email, '91440300MA5ACME01' AS tax_number,
                      'GENERAL' AS tax_type
               UNION ALL
               SELECT 'globex', 'Globex Data', '91310000MA1GLOBEX', '1 Data Avenue, Shanghai', 'Gary Globex',
                      '+86 21 6666 0001', 'globex-admin@globex.example', 'Fiona Feng', '+86 21 6666 0002',
                      'finance@globex.example', '91310000MA1GLOBEX', 'GENERAL') p
              ON p.domain_id = m.domain_id;

-- Globex Data has asked to move: a change request waits in the operators' queue.
INSERT IGNORE INTO review_request
    (merchant_id, kind, status, open_marker, old_values, new_values, submitted_by, submitted_at, due_at)
SELECT m.id, 'PROFILE_CHANGE', 'PENDING', 1,
       CONCAT('{"companyName":"Globex Data","registrationNumber":"91310000MA1GLOBEX","address":"1 Data Avenue, Shanghai",',
              '"contactPerson":"Gary Globex","contactPhone":"+86 21 6666 0001","contactEmail":"globex-admin@globex.example",',
              '"financeName":"Fiona Feng","financePhone":"+86 21 6666 0002","financeEmail":"finance@globex.example",',
              '"taxNumber":"91310000MA1GLOBEX","taxType":"GENERAL","licence":"', 900000 + m.id, '"}'),
       CONCAT('{"companyName":"Globex Data","registrationNumber":"91310000MA1GLOBEX","address":"200 Century Avenue, Pudong, Shanghai",',
              '"contactPerson":"Gary Globex","contactPhone":"+86 21 6666 0001","contactEmail":"globex-admin@globex.example",',
              '"financeName":"Fiona Feng","financePhone":"+86 21 6666 0002","financeEmail":"finance@globex.example",',
              '"taxNumber":"91310000MA1GLOBEX","taxType":"GENERAL","licence":"', 900000 + m.id, '"}'),
       u.id, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) + INTERVAL 2 DAY
FROM merchant m
         JOIN portal_user u ON u.merchant_id = m.id AND u.user_name = 'globex-admin'
WHERE m.domain_id = 'globex';

-- Permission groups, and the registered sub-users in them.
INSERT IGNORE INTO permission_group (merchant_id, name, menus, created_at)
SELECT m.id, g.name, g.menus, UTC_TIMESTAMP(6)
FROM merchant m
         JOIN (SELECT 'acme' AS domain_id, 'Operations' AS name, 'ANALYTICS,ORDERS,PRODUCTS,SUPERVISION,USAGE' AS menus
               UNION ALL SELECT 'acme', 'Support', 'MERCHANT_INFO,SUPERVISION,TICKETS'
               UNION ALL SELECT 'globex', 'Sales', 'ANALYTICS,MERCHANT_INFO,ORDERS,PRODUCTS') g
              ON g.domain_id = m.domain_id;

INSERT IGNORE INTO user_group (merchant_id, user_id, group_id)
SELECT u.merchant_id, u.id, g.id
FROM portal_user u
         JOIN (SELECT 'acme-ops' AS user_name, 'Operations' AS group_name
               UNION ALL SELECT 'acme-support', 'Support'
               UNION ALL SELECT 'globex-sales', 'Sales') x ON x.user_name = u.user_name
         JOIN permission_group g ON g.merchant_id = u.merchant_id AND g.name = x.group_name;

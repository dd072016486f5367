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
         JOIN (SELECT 'acme' AS domain_id, 'Acme Cloud' AS company_name, '91440300MA5ACME01H' AS registration_number,
                      '88 Science Park Road, Shenzhen' AS address, 'Alice Admin' AS contact_person,
                      '+86 755 8888 0001' AS contact_phone, 'acme-admin@acme.example' AS contact_email,
                      'Frank Fu' AS finance_name, '+86 755 8888 0002' AS finance_phone,
                      'finance@acme.example' AS finance_email, '91440300MA5ACME01H' AS tax_number,
                      'GENERAL' AS tax_type
               UNION ALL
               SELECT 'globex', 'Globex Data', '91310000MA1GL0BEX0', '1 Data Avenue, Shanghai', 'Gary Globex',
                      '+86 21 6666 0001', 'globex-admin@globex.example', 'Fiona Feng', '+86 21 6666 0002',
                      'finance@globex.example', '91310000MA1GL0BEX0', 'GENERAL') p
              ON p.domain_id = m.domain_id;

-- Globex Data has asked to move: a change request waits in the operators' queue.
INSERT IGNORE INTO review_request
    (merchant_id, kind, status, open_marker, old_values, new_values, submitted_by, submitted_at, due_at)
SELECT m.id, 'PROFILE_CHANGE', 'PENDING', 1,
       CONCAT('{"companyName":"Globex Data","registrationNumber":"91310000MA1GL0BEX0","address":"1 Data Avenue, Shanghai",',
              '"contactPerson":"Gary Globex","contactPhone":"+86 21 6666 0001","contactEmail":"globex-admin@globex.example",',
              '"financeName":"Fiona Feng","financePhone":"+86 21 6666 0002","financeEmail":"finance@globex.example",',
              '"taxNumber":"91310000MA1GL0BEX0","taxType":"GENERAL","licence":"', 900000 + m.id, '"}'),
       CONCAT('{"companyName":"Globex Data","registrationNumber":"91310000MA1GL0BEX0","address":"200 Century Avenue, Pudong, Shanghai",',
              '"contactPerson":"Gary Globex","contactPhone":"+86 21 6666 0001","contactEmail":"globex-admin@globex.example",',
              '"financeName":"Fiona Feng","financePhone":"+86 21 6666 0002","financeEmail":"finance@globex.example",',
              '"taxNumber":"91310000MA1GL0BEX0","taxType":"GENERAL","licence":"', 900000 + m.id, '"}'),
       u.id, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) + INTERVAL 2 DAY
FROM merchant m
         JOIN portal_user u ON u.merchant_id = m.id AND u.user_name = 'globex-admin'
WHERE m.domain_id = 'globex';

-- Databases loaded before the registration numbers became valid unified social credit codes
-- (GB 32100-2015, checked at onboarding since) had 17-character stand-ins: the same companies'
-- codes with their check character.
UPDATE merchant_profile
SET registration_number = CASE registration_number WHEN '91440300MA5ACME01' THEN '91440300MA5ACME01H'
                                                   ELSE '91310000MA1GL0BEX0' END,
    tax_number          = CASE tax_number WHEN '91440300MA5ACME01' THEN '91440300MA5ACME01H'
                                          WHEN '91310000MA1GLOBEX' THEN '91310000MA1GL0BEX0'
                                          ELSE tax_number END
WHERE registration_number IN ('91440300MA5ACME01', '91310000MA1GLOBEX');

UPDATE review_request
SET old_values = REPLACE(old_values, '"91310000MA1GLOBEX"', '"91310000MA1GL0BEX0"'),
    new_values = REPLACE(new_values, '"91310000MA1GLOBEX"', '"91310000MA1GL0BEX0"')
WHERE status = 'PENDING'
  AND new_values LIKE '%"91310000MA1GLOBEX"%';

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

-- ---------------------------------------------------------------------------------------------
-- Image assets (镜像资产, V6). The image catalogue stands in for the cloud's image service: these
-- are the merchants' cloud images as it reports them. Acme has registered WordPress (accepted;
-- locked, as the demo image product built on it is listed), Redis (accepted) and Vault (refused:
-- encrypted). Acme's other images are not registered yet, to try the register form with: nginx
-- passes every rule, the others each fail one. Globex has one accepted asset.
INSERT IGNORE INTO image_catalog
    (merchant_id, region, image_id, name, size_gb, shared, encrypted, full_server, source, os_type)
SELECT m.id, i.region, i.image_id, i.name, i.size_gb, i.shared, i.encrypted, i.full_server, i.source, i.os_type
FROM merchant m
         JOIN (SELECT 'acme' AS domain_id, 'ap-southeast-3' AS region, 'img-acme-wordpress' AS image_id,
                      'Acme WordPress 6.4 on Ubuntu 22.04' AS name, 40 AS size_gb, FALSE AS shared,
                      FALSE AS encrypted, FALSE AS full_server, 'PRIVATE' AS source, 'Linux' AS os_type
               UNION ALL SELECT 'acme', 'ap-southeast-1', 'img-acme-redis', 'Acme Redis 7.2 on Ubuntu 22.04', 20,
                                FALSE, FALSE, FALSE, 'PRIVATE', 'Linux'
               UNION ALL SELECT 'acme', 'ap-southeast-3', 'img-acme-vault', 'Acme Vault 1.15 on Ubuntu 22.04', 30,
                                FALSE, TRUE, FALSE, 'PRIVATE', 'Linux'
               UNION ALL SELECT 'acme', 'ap-southeast-3', 'img-acme-nginx', 'Acme NGINX 1.25 on Debian 12', 20,
                                FALSE, FALSE, FALSE, 'PRIVATE', 'Linux'
               UNION ALL SELECT 'acme', 'ap-southeast-3', 'img-acme-huge', 'Acme Data Lake on CentOS Stream 9', 200,
                                FALSE, FALSE, FALSE, 'PRIVATE', 'Linux'
               UNION ALL SELECT 'acme', 'ap-southeast-3', 'img-acme-shared', 'Acme Tomcat 10 on Ubuntu 22.04', 30,
                                TRUE, FALSE, FALSE, 'PRIVATE', 'Linux'
               UNION ALL SELECT 'acme', 'ap-southeast-3', 'img-acme-market', 'Acme LAMP Stack on CentOS 7', 40,
                                FALSE, FALSE, FALSE, 'MARKETPLACE', 'Linux'
               UNION ALL SELECT 'acme', 'af-south-1', 'img-acme-fullserver', 'Acme ERP Server on Windows Server 2022',
                                100, FALSE, FALSE, TRUE, 'PRIVATE', 'Windows'
               UNION ALL SELECT 'acme', 'cn-north-4', 'img-acme-beijing', 'Acme WordPress 6.4 on Ubuntu 22.04 (Beijing)',
                                40, FALSE, FALSE, FALSE, 'PRIVATE', 'Linux'
               UNION ALL SELECT 'globex', 'sa-brazil-1', 'img-globex-analytics', 'Globex Analytics Suite on Debian 12',
                                60, FALSE, FALSE, FALSE, 'PRIVATE', 'Linux') i
              ON i.domain_id = m.domain_id;

INSERT IGNORE INTO image_asset
    (merchant_id, image_id, region, name, size_gb, os_type, status, refusal, accepted_marker, locked, locked_at,
     created_by, created_at)
SELECT c.merchant_id, c.image_id, c.region, c.name, c.size_gb, c.os_type, a.status, a.refusal,
       CASE WHEN a.status = 'ACCEPTED' THEN 1 END, a.locked,
       CASE WHEN a.locked THEN UTC_TIMESTAMP(6) - INTERVAL 20 DAY END,
       u.id, UTC_TIMESTAMP(6) - INTERVAL a.days_ago DAY
FROM image_catalog c
         JOIN merchant m ON m.id = c.merchant_id
         JOIN portal_user u ON u.merchant_id = m.id AND u.account_type = 'MAIN'
         JOIN (SELECT 'acme' AS domain_id, 'img-acme-wordpress' AS image_id, 'ACCEPTED' AS status,
                      CAST(NULL AS CHAR(40)) AS refusal, TRUE AS locked, 30 AS days_ago
               UNION ALL SELECT 'acme', 'img-acme-redis', 'ACCEPTED', NULL, FALSE, 12
               UNION ALL SELECT 'acme', 'img-acme-vault', 'REFUSED', 'asset.encrypted', FALSE, 5
               UNION ALL SELECT 'globex', 'img-globex-analytics', 'ACCEPTED', NULL, FALSE, 8) a
              ON a.domain_id = m.domain_id AND a.image_id = c.image_id;

-- Products (V5): every type for both merchants, specs of every charging mode, grants to the
-- sub-users, a rejected change (with an operator's field comment) and a pending new product.
-- Data-file products need an approved compliance letter, so both merchants have one.
UPDATE merchant_profile p JOIN merchant m ON m.id = p.merchant_id
SET p.compliance_status = 'APPROVED', p.compliance_file_id = p.licence_file_id
WHERE m.domain_id IN ('acme', 'globex') AND p.compliance_status = 'NONE';

INSERT INTO product (merchant_id, type, status, public_visible, name_zh, name_en, category, content, listed_at, updated_at)
SELECT m.id, d.type, 'ON_SALE', d.visible, d.name_zh, d.name_en, d.category,
       JSON_OBJECT('nameZh', d.name_zh, 'nameEn', d.name_en, 'summary', d.summary, 'description', d.description,
                   'category', d.category, 'version', d.version, 'salesRegions', JSON_ARRAY('CN', 'AP'),
                   'publicVisible', JSON_EXTRACT(IF(d.visible = 1, 'true', 'false'), '$'), 'supportPhone', d.phone, 'supportEmail', d.email,
                   'serviceHours', '9:00-18:00, Mon-Fri', 'timeZone', 'Asia/Shanghai',
                   'assetId', (SELECT a.id FROM image_asset a WHERE a.image_id = d.image_id),
                   'externalUrl', d.url,
                   'complianceNotApplicable', JSON_EXTRACT(IF(d.type = 'DATA_FILE', 'true', 'false'), '$'),
                   'qualityNotApplicable', JSON_EXTRACT(IF(d.type = 'DATA_FILE', 'true', 'false'), '$'),
                   'acceptanceCriteria', d.criteria, 'deliveryDays', d.days, 'specs', JSON_ARRAY()),
       UTC_TIMESTAMP(6) - INTERVAL d.days_ago DAY, UTC_TIMESTAMP(6) - INTERVAL d.days_ago DAY
FROM merchant m
         JOIN (SELECT 'acme' AS domain_id, 'IMAGE' AS type, 1 AS visible, 'WordPress 一键部署' AS name_zh,
                      'WordPress One-Click' AS name_en, 'WEBSITE' AS category,
                      'A hardened WordPress ready in minutes.' AS summary,
                      'WordPress 6.4 with NGINX, PHP 8.2 and automatic updates.' AS description, '6.4' AS version,
                      '+86 755 8888 0100' AS phone, 'support@acme.example' AS email, 'img-acme-wordpress' AS image_id,
                      CAST(NULL AS CHAR(100)) AS url, CAST(NULL AS CHAR(200)) AS criteria, CAST(NULL AS SIGNED) AS days,
                      40 AS days_ago
               UNION ALL SELECT 'acme', 'CONSULTING', 1, '云迁移咨询', 'Cloud Migration Consulting', 'CONSULTING',
                      'Plan and run your move to the cloud.', 'Assessment, plan and hands-on migration by certified architects.',
                      NULL, '+86 755 8888 0100', 'consulting@acme.example', NULL, 'https://acme.example/migration', NULL,
                      NULL, 30
               UNION ALL SELECT 'acme', 'DATA_FILE', 0, '零售客流数据集', 'Retail Footfall Dataset', 'DATA_SET',
                      'Hourly footfall of 2,000 stores.', 'Anonymised hourly visitor counts by store and city, 2019 to today.',
                      '2026.11', '+86 755 8888 0100', 'data@acme.example', NULL, NULL,
                      'The delivered files match the data-item list and cover the ordered period.', 7, 20
               UNION ALL SELECT 'globex', 'DATA_FILE', 1, '城市交通数据', 'City Traffic Data', 'DATA_SET',
                      'Road speeds of 30 cities, every 5 minutes.', 'Average speed per road segment, updated every 5 minutes.',
                      '2026.10', '+86 21 6666 0100', 'data@globex.example', NULL, NULL,
                      'Files for every ordered city and day, in the documented format.', 5, 25
               UNION ALL SELECT 'globex', 'IMAGE', 1, 'Globex 分析工作室', 'Globex Analytics Studio', 'DATA_SET',
                      'Notebooks and dashboards on one image.', 'JupyterLab, Superset and PostgreSQL preconfigured.',
                      '3.1', '+86 21 6666 0100', 'support@globex.example', 'img-globex-analytics', NULL, NULL, NULL, 15) d
              ON d.domain_id = m.domain_id
WHERE NOT EXISTS (SELECT 1 FROM product p WHERE p.merchant_id = m.id AND p.name_en = d.name_en);

INSERT INTO product_spec (merchant_id, product_id, position, name_zh, name_en, charging_mode, price, core_prices,
                          currency, on_sale, created_at)
SELECT p.merchant_id, p.id, s.position, s.name_zh, s.name_en, s.mode, s.price, s.cores, 'CNY', s.on_sale, p.listed_at
FROM product p
         JOIN (SELECT 'WordPress One-Click' AS product, 1 AS position, '标准版' AS name_zh, 'Standard' AS name_en,
                      'MONTHLY' AS mode, CAST(NULL AS DECIMAL(14, 2)) AS price, '2:60.00,4:110.00' AS cores, 1 AS on_sale
               UNION ALL SELECT 'WordPress One-Click', 2, '包年版', 'Yearly', 'YEARLY', NULL, '2:600.00,4:1100.00', 1
               UNION ALL SELECT 'WordPress One-Click', 3, '按需', 'On demand', 'PER_USE', 0.50, NULL, 1
               UNION ALL SELECT 'WordPress One-Click', 4, '旧版套餐', 'Legacy bundle', 'ONE_TIME', 299.00, NULL, 0
               UNION ALL SELECT 'Retail Footfall Dataset', 1, '月度订阅', 'Monthly subscription', 'MONTHLY', 999.00, NULL, 1
               UNION ALL SELECT 'Retail Footfall Dataset', 2, '按次下载', 'Per download', 'PER_USE', 199.00, NULL, 1
               UNION ALL SELECT 'City Traffic Data', 1, '年度订阅', 'Yearly subscription', 'YEARLY', 19999.00, NULL, 1
               UNION ALL SELECT 'City Traffic Data', 2, '按次查询', 'Per query', 'PER_USE', 2.00, NULL, 1
               UNION ALL SELECT 'Globex Analytics Studio', 1, '标准版', 'Standard', 'MONTHLY', NULL, '4:220.00,8:400.00', 1
               UNION ALL SELECT 'Globex Analytics Studio', 2, '按需', 'On demand', 'PER_USE', 1.20, NULL, 1) s
              ON s.product = p.name_en
WHERE NOT EXISTS (SELECT 1 FROM product_spec x WHERE x.product_id = p.id AND x.name_en = s.name_en);

-- Acme's SaaS product (issue 17): provisioned by calling Acme's production interface, so the demo
-- merchant server can be wired to it. Fixed ids (product 1701, specs 1701 to 1703: issue 17) so the
-- demo server and the debug pages can name it; skipped if those ids are taken. Granted to nobody:
-- only Acme's main account sees it.
INSERT INTO product (id, merchant_id, type, status, public_visible, name_zh, name_en, category, content, listed_at,
                     updated_at)
SELECT 1701, m.id, 'SAAS', 'ON_SALE', 1, '云端客户管理', 'Acme CRM Cloud', 'SOFTWARE_DEV',
       JSON_OBJECT('nameZh', '云端客户管理', 'nameEn', 'Acme CRM Cloud',
                   'summary', 'Customers, deals and follow-ups in one cloud CRM.',
                   'description', 'Contacts, sales pipeline, reminders and reports, hosted by Acme; sign in from any browser.',
                   'category', 'SOFTWARE_DEV', 'version', '2026.12', 'salesRegions', JSON_ARRAY('CN', 'AP'),
                   'publicVisible', JSON_EXTRACT('true', '$'), 'supportPhone', '+86 755 8888 0100',
                   'supportEmail', 'crm@acme.example', 'serviceHours', '9:00-18:00, Mon-Fri',
                   'timeZone', 'Asia/Shanghai', 'complianceNotApplicable', JSON_EXTRACT('false', '$'),
                   'qualityNotApplicable', JSON_EXTRACT('false', '$'), 'specs', JSON_ARRAY()),
       UTC_TIMESTAMP(6) - INTERVAL 10 DAY, UTC_TIMESTAMP(6) - INTERVAL 10 DAY
FROM merchant m
WHERE m.domain_id = 'acme'
  AND NOT EXISTS (SELECT 1 FROM product p WHERE p.id = 1701 OR (p.merchant_id = m.id AND p.name_en = 'Acme CRM Cloud'));

INSERT INTO product_spec (id, merchant_id, product_id, position, name_zh, name_en, charging_mode, price, core_prices,
                          currency, on_sale, created_at)
SELECT s.id, p.merchant_id, p.id, s.position, s.name_zh, s.name_en, s.mode, s.price, NULL, 'CNY', 1, p.listed_at
FROM product p
         JOIN (SELECT 1701 AS id, 1 AS position, '买断版' AS name_zh, 'Perpetual licence' AS name_en, 'ONE_TIME' AS mode,
                      CAST(1999.00 AS DECIMAL(14, 2)) AS price
               UNION ALL SELECT 1702, 2, '包月版', 'Monthly', 'MONTHLY', 99.00
               UNION ALL SELECT 1703, 3, '按次', 'Per use', 'PER_USE', 0.20) s
WHERE p.id = 1701 AND p.name_en = 'Acme CRM Cloud'
  AND NOT EXISTS (SELECT 1 FROM product_spec x WHERE x.id = s.id OR (x.product_id = p.id AND x.name_en = s.name_en));

INSERT IGNORE INTO product_grant (merchant_id, product_id, user_id, role, primary_marker, expires_at, created_at)
SELECT p.merchant_id, p.id, u.id, g.role, g.primary_marker, NULL, UTC_TIMESTAMP(6)
FROM (SELECT 'WordPress One-Click' AS product, 'acme-ops' AS user_name, 'MANAGE' AS role, CAST(NULL AS SIGNED) AS primary_marker
      UNION ALL SELECT 'Retail Footfall Dataset', 'acme-support', 'SERVE', 1
      UNION ALL SELECT 'City Traffic Data', 'globex-sales', 'VIEW', NULL) g
         JOIN product p ON p.name_en = g.product
         JOIN portal_user u ON u.user_name = g.user_name AND u.merchant_id = p.merchant_id;

-- Acme asked to change its consulting listing; the operator rejected it with a field comment.
INSERT INTO review_request (merchant_id, kind, status, open_marker, old_values, new_values, submitted_by,
                            submitted_at, due_at, reviewed_by, reviewed_at, reason)
SELECT p.merchant_id, 'PRODUCT_APPLICATION', 'REJECTED', NULL,
       JSON_OBJECT('type', 'CONSULTING', 'nameZh', '云迁移咨询', 'summary', 'Plan and run your move to the cloud.',
                   'externalUrl', 'https://acme.example/migration'),
       JSON_OBJECT('type', 'CONSULTING', 'nameZh', '云迁移咨询', 'summary', 'The best migration in the world.',
                   'externalUrl', 'https://acme.example/migration'),
       u.id, UTC_TIMESTAMP(6) - INTERVAL 3 DAY, UTC_TIMESTAMP(6), NULL, UTC_TIMESTAMP(6) - INTERVAL 2 DAY,
       'Claims of being the best need evidence.'
FROM product p
         JOIN portal_user u ON u.merchant_id = p.merchant_id AND u.user_name = 'acme-admin'
WHERE p.name_en = 'Cloud Migration Consulting'
  AND NOT EXISTS (SELECT 1 FROM product_application a WHERE a.product_id = p.id AND a.kind = 'CHANGE');

INSERT INTO review_comment (review_request_id, merchant_id, field, comment)
SELECT r.id, r.merchant_id, 'summary', 'Say what the service includes instead of "the best".'
FROM review_request r
WHERE r.kind = 'PRODUCT_APPLICATION' AND r.status = 'REJECTED'
  AND r.reason = 'Claims of being the best need evidence.'
  AND NOT EXISTS (SELECT 1 FROM review_comment c WHERE c.review_request_id = r.id);

INSERT INTO product_application (merchant_id, product_id, type, kind, status, name_zh, content, previous_submission,
                                 review_request_id, created_by, created_at, updated_at, submitted_at)
SELECT p.merchant_id, p.id, 'CONSULTING', 'CHANGE', 'REJECTED', p.name_zh,
       JSON_SET(p.content, '$.summary', 'The best migration in the world.'),
       JSON_SET(p.content, '$.summary', 'The best migration in the world.'),
       r.id, r.submitted_by, r.submitted_at, r.reviewed_at, r.submitted_at
FROM product p
         JOIN review_request r ON r.merchant_id = p.merchant_id AND r.reason = 'Claims of being the best need evidence.'
WHERE p.name_en = 'Cloud Migration Consulting'
  AND NOT EXISTS (SELECT 1 FROM product_application a WHERE a.product_id = p.id AND a.kind = 'CHANGE');

-- Globex has submitted a new consulting product: it waits in the operators' queue.
INSERT INTO review_request (merchant_id, kind, status, open_marker, old_values, new_values, submitted_by,
                            submitted_at, due_at)
SELECT m.id, 'PRODUCT_APPLICATION', 'PENDING', NULL, JSON_OBJECT(),
       JSON_OBJECT('type', 'CONSULTING', 'nameZh', '数据治理咨询', 'nameEn', 'Data Governance Consulting',
                   'summary', 'Set up data ownership, quality checks and catalogues.',
                   'externalUrl', 'https://globex.example/governance'),
       u.id, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) + INTERVAL 2 DAY
FROM merchant m
         JOIN portal_user u ON u.merchant_id = m.id AND u.user_name = 'globex-admin'
WHERE m.domain_id = 'globex'
  AND NOT EXISTS (SELECT 1 FROM product_application a WHERE a.merchant_id = m.id AND a.name_zh = '数据治理咨询');

INSERT INTO product_application (merchant_id, product_id, type, kind, status, name_zh, content, review_request_id,
                                 created_by, created_at, updated_at, submitted_at)
SELECT r.merchant_id, NULL, 'CONSULTING', 'CREATE', 'SUBMITTED', '数据治理咨询',
       JSON_OBJECT('nameZh', '数据治理咨询', 'nameEn', 'Data Governance Consulting',
                   'summary', 'Set up data ownership, quality checks and catalogues.',
                   'description', 'Workshops, a governance plan and the first catalogue, in six weeks.',
                   'category', 'CONSULTING', 'salesRegions', JSON_ARRAY('CN'), 'publicVisible', JSON_EXTRACT('true', '$'),
                   'supportPhone', '+86 21 6666 0100', 'supportEmail', 'consulting@globex.example',
                   'serviceHours', '9:00-18:00, Mon-Fri', 'timeZone', 'Asia/Shanghai',
                   'externalUrl', 'https://globex.example/governance', 'specs', JSON_ARRAY()),
       r.id, r.submitted_by, r.submitted_at, r.submitted_at, r.submitted_at
FROM review_request r
WHERE r.kind = 'PRODUCT_APPLICATION' AND r.status = 'PENDING'
  AND JSON_VALUE(r.new_values, '$.nameZh') = '数据治理咨询'
  AND NOT EXISTS (SELECT 1 FROM product_application a WHERE a.review_request_id = r.id);

-- ---------------------------------------------------------------------------------------------
-- Orders (V7): 300 orders for each demo merchant, as the platform would have pushed them, across
-- every order type and status (types cycle every order, statuses every 6, so each block of 24
-- orders has every pair) and every spec of the demo products (so every charging mode: PER_USE
-- specs are ordered ON_DEMAND or as ON_DEMAND_PKG packages). Paid orders have an instance per
-- line; some are frozen, unsubscribed ones released. Numbers come from a cross join of digits,
-- which MySQL 8 and MariaDB both take without a recursion limit. Order ids are stable, so the
-- block inserts only what is missing when it runs again.
CREATE TEMPORARY TABLE demo_order AS
SELECT m.id AS merchant_id, n.n,
       CONCAT('CS', UPPER(m.domain_id), LPAD(n.n, 6, '0')) AS order_id,
       ELT(1 + n.n MOD 6, 'NEW', 'TRIAL', 'TRIAL_TO_FORMAL', 'UNSUBSCRIBE', 'RENEW', 'CHANGE') AS order_type,
       ELT(1 + (n.n DIV 6) MOD 4, 'PENDING_PAYMENT', 'PROCESSING', 'CANCELLED', 'COMPLETED') AS status,
       UTC_TIMESTAMP(6) - INTERVAL (n.n * 5 + 1) HOUR - INTERVAL (n.n * 37) MOD 60 MINUTE AS created_at,
       ELT(1 + (n.n DIV 24 + n.n) MOD 8, '北京云帆科技有限公司', 'Contoso Ltd', '上海数智信息技术有限公司', 'Fabrikam, Inc.',
           '深圳"星河"网络科技有限公司', 'Northwind Traders', '杭州青云软件有限公司', 'Tailspin Toys') AS customer_name,
       ELT(1 + (n.n DIV 24 + n.n) MOD 8, 'yunfan', 'contoso', 'shuzhi', 'fabrikam', 'xinghe', 'northwind', 'qingyun',
           'tailspin') AS account_name,
       s.product_id, s.spec_id,
       CASE s.charging_mode
           WHEN 'ONE_TIME' THEN 'ONE_TIME'
           WHEN 'PER_USE' THEN IF(n.n MOD 3 = 0, 'ON_DEMAND_PKG', 'ON_DEMAND')
           ELSE 'PERIOD' END AS charging_mode,
       CASE s.charging_mode WHEN 'MONTHLY' THEN 'MONTH' WHEN 'YEARLY' THEN 'YEAR' END AS period_type,
       CASE WHEN s.charging_mode IN ('MONTHLY', 'YEARLY') THEN 1 + n.n MOD 3 END AS period_number,
       s.charging_mode AS spec_mode,
       IF(n.n MOD 6 = 1, 0.00, ROUND(COALESCE(s.price, 60.00) * (1 + n.n MOD 3), 2)) AS amount
FROM merchant m
         CROSS JOIN (SELECT a.d + 10 * b.d + 100 * c.d AS n
                     FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
                           UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8
                           UNION ALL SELECT 9) a
                              CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3
                                          UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7
                                          UNION ALL SELECT 8 UNION ALL SELECT 9) b
                              CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2) c) n
         JOIN (SELECT sp.merchant_id, sp.product_id, sp.id AS spec_id, sp.charging_mode, sp.price,
                      ROW_NUMBER() OVER (PARTITION BY sp.merchant_id ORDER BY sp.id) - 1 AS k,
                      COUNT(*) OVER (PARTITION BY sp.merchant_id) AS cnt
               FROM product_spec sp
                        JOIN product p ON p.id = sp.product_id
               WHERE p.name_en IN ('WordPress One-Click', 'Retail Footfall Dataset', 'City Traffic Data',
                                   'Globex Analytics Studio')) s
              ON s.merchant_id = m.id AND s.k = (n.n DIV 24) MOD s.cnt
WHERE m.domain_id IN ('acme', 'globex');

INSERT INTO orders (merchant_id, order_id, order_type, status, created_at, paid_at, currency, amount, customer_id,
                    customer_name, customer_account_name, received_at, updated_at)
SELECT d.merchant_id, d.order_id, d.order_type, d.status, d.created_at,
       IF(d.status IN ('PROCESSING', 'COMPLETED'), d.created_at + INTERVAL 5 MINUTE, NULL), 'CNY', d.amount,
       CONCAT('cust-', d.account_name), d.customer_name, d.account_name, d.created_at, d.created_at + INTERVAL 1 HOUR
FROM demo_order d
WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.order_id = d.order_id);

INSERT INTO order_line (merchant_id, order_ref, order_line_id, product_id, spec_id, charging_mode, period_type,
                        period_number, expire_at, amount)
SELECT d.merchant_id, o.id, CONCAT(d.order_id, '-1'), d.product_id, d.spec_id, d.charging_mode, d.period_type,
       d.period_number,
       CASE d.spec_mode
           WHEN 'MONTHLY' THEN d.created_at + INTERVAL d.period_number MONTH
           WHEN 'YEARLY' THEN d.created_at + INTERVAL d.period_number YEAR END,
       d.amount
FROM demo_order d
         JOIN orders o ON o.order_id = d.order_id
WHERE NOT EXISTS (SELECT 1 FROM order_line l WHERE l.order_line_id = CONCAT(d.order_id, '-1'));

INSERT INTO order_instance (merchant_id, instance_id, order_ref, line_ref, product_id, spec_id, status, on_demand,
                            created_at, expire_at, released_at, updated_at)
SELECT d.merchant_id, CONCAT('ins-', LOWER(d.order_id)), o.id, l.id, d.product_id, d.spec_id,
       CASE WHEN d.order_type = 'UNSUBSCRIBE' THEN 'RELEASED' WHEN d.n MOD 10 = 7 THEN 'FROZEN' ELSE 'NORMAL' END,
       d.charging_mode IN ('ON_DEMAND', 'ON_DEMAND_PKG'), o.paid_at, l.expire_at,
       IF(d.order_type = 'UNSUBSCRIBE', o.paid_at + INTERVAL 1 DAY, NULL), o.paid_at
FROM demo_order d
         JOIN orders o ON o.order_id = d.order_id
         JOIN order_line l ON l.order_ref = o.id
WHERE d.status IN ('PROCESSING', 'COMPLETED')
  AND NOT EXISTS (SELECT 1 FROM order_instance i WHERE i.instance_id = CONCAT('ins-', LOWER(d.order_id)));

INSERT INTO order_history (merchant_id, order_ref, instance_id, from_status, to_status, event_id, changed_at,
                           recorded_at)
SELECT o.merchant_id, o.id, NULL, s.from_status, s.to_status, NULL, o.created_at + INTERVAL s.minutes MINUTE,
       o.created_at + INTERVAL s.minutes MINUTE
FROM demo_order d
         JOIN orders o ON o.order_id = d.order_id
         JOIN (SELECT 1 AS step, CAST(NULL AS CHAR(16)) AS from_status, 'PENDING_PAYMENT' AS to_status, 0 AS minutes
               UNION ALL SELECT 2, 'PENDING_PAYMENT', 'PROCESSING', 5
               UNION ALL SELECT 3, 'PROCESSING', 'COMPLETED', 90
               UNION ALL SELECT 4, 'PENDING_PAYMENT', 'CANCELLED', 30) s
              ON s.step = 1
                  OR (s.step = 2 AND d.status IN ('PROCESSING', 'COMPLETED'))
                  OR (s.step = 3 AND d.status = 'COMPLETED')
                  OR (s.step = 4 AND d.status = 'CANCELLED')
WHERE NOT EXISTS (SELECT 1 FROM order_history h WHERE h.order_ref = o.id AND h.instance_id IS NULL);

INSERT INTO order_history (merchant_id, order_ref, instance_id, from_status, to_status, event_id, changed_at,
                           recorded_at)
SELECT i.merchant_id, i.order_ref, i.instance_id, 'NORMAL', i.status, NULL,
       COALESCE(i.released_at, i.created_at + INTERVAL 2 DAY), COALESCE(i.released_at, i.created_at + INTERVAL 2 DAY)
FROM demo_order d
         JOIN order_instance i ON i.instance_id = CONCAT('ins-', LOWER(d.order_id))
WHERE i.status <> 'NORMAL'
  AND NOT EXISTS (SELECT 1 FROM order_history h WHERE h.order_ref = i.order_ref AND h.instance_id = i.instance_id);

DROP TEMPORARY TABLE IF EXISTS demo_order;

-- ---------------------------------------------------------------------------------------------
-- Customer tickets (V18): 12 for Acme Cloud and 4 for Globex Data, every status, as the platform
-- and the handlers' steps would have left them. Tickets of the Retail Footfall Dataset went to its
-- primary handler acme-support, the others to the main accounts; ACME-04 was then transferred to
-- the main account. ACME-02, -03, -05 and -07 and GLOBEX-01 are overdue (their overdue notice is
-- marked sent, so no job sends one when the demo loads). Orders and instances are the demo orders
-- of the same product and customer. Ended tickets keep nothing the customer shared (no secrets
-- here at all: sealed values need the server key). Times are minutes before now. Ticket ids are
-- fixed: the block adds only tickets that are missing, and a ticket's timeline only when it has
-- none, so it runs again unchanged.
-- The columns compared with the tables' are declared with their collation (literals would take
-- the connection's).
CREATE TEMPORARY TABLE demo_ticket
(
    tid     VARCHAR(64) COLLATE utf8mb4_unicode_ci,
    dom     VARCHAR(64) COLLATE utf8mb4_unicode_ci,
    product VARCHAR(200) COLLATE utf8mb4_unicode_ci,
    handler VARCHAR(100) COLLATE utf8mb4_unicode_ci,
    routed  VARCHAR(100) COLLATE utf8mb4_unicode_ci
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci
SELECT d.*
FROM (SELECT 'TK202611010001' AS tid, 'acme' AS dom, 'WordPress One-Click' AS product,
             CAST('CSACME000018' AS CHAR(64)) AS order_id, CAST('ins-csacme000018' AS CHAR(64)) AS instance_id,
             'cust-shuzhi' AS cust, '上海数智信息技术有限公司' AS cust_name, 'shuzhi' AS account,
             '升级插件后网站后台白屏' AS title, 'FAULT' AS category, 0 AS status, 'acme-admin' AS handler,
             'MAIN_ACCOUNT' AS routed_to, 'acme-admin' AS routed, 90 AS created_m, CAST(NULL AS SIGNED) AS accepted_m,
             CAST(NULL AS SIGNED) AS first_m, CAST(90 AS SIGNED) AS owed_m, CAST(-150 AS SIGNED) AS due_m,
             CAST(NULL AS SIGNED) AS paused_left, CAST(NULL AS SIGNED) AS refused_m, CAST(NULL AS SIGNED) AS ended_m
      UNION ALL SELECT 'TK202611010002', 'acme', 'Retail Footfall Dataset', 'CSACME000103', 'ins-csacme000103',
             'cust-fabrikam', 'Fabrikam, Inc.', 'fabrikam', 'March files missing for the Guangzhou stores',
             'PRODUCT_USE', 0, 'acme-support', 'PRIMARY_HANDLER', 'acme-support', 1800, NULL, NULL, 1800, 600, NULL,
             NULL, NULL
      UNION ALL SELECT 'TK202611010003', 'acme', 'WordPress One-Click', 'CSACME000150', 'ins-csacme000150',
             'cust-xinghe', '深圳"星河"网络科技有限公司', 'xinghe', '如何绑定自定义域名并开启 HTTPS', 'PRODUCT_USE', 1,
             'acme-admin', 'MAIN_ACCOUNT', 'acme-admin', 4320, 4200, 4200, 300, 60, NULL, NULL, NULL
      UNION ALL SELECT 'TK202611010004', 'acme', 'Retail Footfall Dataset', 'CSACME000126', 'ins-csacme000126',
             'cust-fabrikam', 'Fabrikam, Inc.', 'fabrikam', 'Invoice for the per-download charges of November',
             'BILLING', 1, 'acme-admin', 'PRIMARY_HANDLER', 'acme-support', 1440, 1380, 1380, 240, -240, NULL, NULL,
             NULL
      UNION ALL SELECT 'TK202611010005', 'acme', 'Cloud Migration Consulting', NULL, NULL, 'cust-qingyun',
             '杭州青云软件有限公司', 'qingyun', '迁移方案评估：Oracle 迁移到云数据库', 'CONSULTING', 1, 'acme-admin',
             'MAIN_ACCOUNT', 'acme-admin', 8640, 8500, 8500, 5760, 2880, NULL, NULL, NULL
      UNION ALL SELECT 'TK202611010006', 'acme', 'WordPress One-Click', 'CSACME000151', 'ins-csacme000151',
             'cust-northwind', 'Northwind Traders', 'northwind', 'Contact form emails are not delivered', 'FAULT', 2,
             'acme-admin', 'MAIN_ACCOUNT', 'acme-admin', 2880, 2800, 2800, NULL, NULL, NULL, NULL, NULL
      UNION ALL SELECT 'TK202611010007', 'acme', 'Retail Footfall Dataset', 'CSACME000102', 'ins-csacme000102',
             'cust-shuzhi', '上海数智信息技术有限公司', 'shuzhi', '数据集下载链接已过期，无法下载', 'PRODUCT_USE', 2,
             'acme-support', 'PRIMARY_HANDLER', 'acme-support', 5760, 5700, 5700, 600, 120, NULL, 600, NULL
      UNION ALL SELECT 'TK202611010008', 'acme', 'WordPress One-Click', 'CSACME000162', 'ins-csacme000162',
             'cust-yunfan', '北京云帆科技有限公司', 'yunfan', '续费后实例仍显示即将到期', 'BILLING', 3, 'acme-admin',
             'MAIN_ACCOUNT', 'acme-admin', 14400, 14300, 14300, NULL, NULL, NULL, NULL, 10080
      UNION ALL SELECT 'TK202611010009', 'acme', 'Retail Footfall Dataset', 'CSACME000114', 'ins-csacme000114',
             'cust-qingyun', '杭州青云软件有限公司', 'qingyun', '数据投递到我方 OSS 存储桶失败', 'FAULT', 3,
             'acme-support', 'PRIMARY_HANDLER', 'acme-support', 21600, 21500, 21500, NULL, NULL, NULL, NULL, 17280
      UNION ALL SELECT 'TK202611010010', 'acme', 'Cloud Migration Consulting', NULL, NULL, 'cust-contoso',
             'Contoso Ltd', 'contoso', 'Quote for a two-day migration workshop', 'CONSULTING', 4, 'acme-admin',
             'MAIN_ACCOUNT', 'acme-admin', 11520, NULL, NULL, NULL, NULL, NULL, NULL, 10000
      UNION ALL SELECT 'TK202611010011', 'acme', 'WordPress One-Click', 'CSACME000153', 'ins-csacme000153',
             'cust-tailspin', 'Tailspin Toys', 'tailspin', 'Site is slow since the traffic spike on Monday', 'FAULT',
             5, 'acme-admin', 'MAIN_ACCOUNT', 'acme-admin', 1500, 1440, 1440, 400, NULL, 200, NULL, NULL
      UNION ALL SELECT 'TK202611010012', 'acme', 'Retail Footfall Dataset', 'CSACME000138', 'ins-csacme000138',
             'cust-tailspin', 'Tailspin Toys', 'tailspin', 'Store-level data for Q3 2025', 'PRODUCT_USE', 17,
             'acme-support', 'PRIMARY_HANDLER', 'acme-support', 7200, 7100, 7100, NULL, NULL, NULL, NULL, NULL
      UNION ALL SELECT 'TK202611020001', 'globex', 'City Traffic Data', 'CSGLOBEX000102', 'ins-csglobex000102',
             'cust-shuzhi', '上海数智信息技术有限公司', 'shuzhi', '5 分钟粒度数据缺少 10 月 3 日', 'FAULT', 0,
             'globex-admin', 'MAIN_ACCOUNT', 'globex-admin', 2880, NULL, NULL, 2880, 1440, NULL, NULL, NULL
      UNION ALL SELECT 'TK202611020002', 'globex', 'Globex Analytics Studio', 'CSGLOBEX000150',
             'ins-csglobex000150', 'cust-xinghe', '深圳"星河"网络科技有限公司', 'xinghe',
             'Superset dashboards fail to load after a restart', 'FAULT', 1, 'globex-admin', 'MAIN_ACCOUNT',
             'globex-admin', 1200, 1100, 1100, 90, -150, NULL, NULL, NULL
      UNION ALL SELECT 'TK202611020003', 'globex', 'City Traffic Data', 'CSGLOBEX000114', 'ins-csglobex000114',
             'cust-qingyun', '杭州青云软件有限公司', 'qingyun', '接口返回的时间是 UTC 还是北京时间？', 'CONSULTING', 2,
             'globex-admin', 'MAIN_ACCOUNT', 'globex-admin', 4320, 4200, 4200, NULL, NULL, NULL, NULL, NULL
      UNION ALL SELECT 'TK202611020004', 'globex', 'Globex Analytics Studio', 'CSGLOBEX000162',
             'ins-csglobex000162', 'cust-yunfan', '北京云帆科技有限公司', 'yunfan', 'Raise the JupyterLab memory limit',
             'PRODUCT_USE', 3, 'globex-admin', 'MAIN_ACCOUNT', 'globex-admin', 17280, 17000, 17000, NULL, NULL, NULL,
             NULL, 14400) d;

-- Each ticket's timeline in order: kind, the acting user (none: the customer, or the portal),
-- status change, text, cause and solution, detail, the user it went to, minutes before now.
CREATE TEMPORARY TABLE demo_ticket_entry
(
    tid     VARCHAR(64) COLLATE utf8mb4_unicode_ci,
    actor   VARCHAR(100) COLLATE utf8mb4_unicode_ci,
    to_user VARCHAR(100) COLLATE utf8mb4_unicode_ci
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci
SELECT e.*
FROM (SELECT 'TK202611010001' AS tid, 1 AS seq, 'OPENED' AS kind, CAST(NULL AS CHAR(32)) AS actor,
             CAST(NULL AS SIGNED) AS from_s, CAST(NULL AS SIGNED) AS to_s,
             CAST('昨晚升级了几个插件之后，WordPress 后台登录后一直白屏，前台页面正常。实例 ins-csacme000018，麻烦尽快帮忙排查。' AS CHAR(1000)) AS text,
             CAST(NULL AS CHAR(500)) AS cause, CAST(NULL AS CHAR(500)) AS solution, CAST(NULL AS CHAR(32)) AS detail,
             CAST(NULL AS CHAR(32)) AS to_user, 90 AS m
      UNION ALL SELECT 'TK202611010002', 1, 'OPENED', NULL, NULL, NULL,
             'The March 2026 files have no rows for our 14 stores in Guangzhou, while February and April are complete. Could you check the delivery?',
             NULL, NULL, NULL, NULL, 1800
      UNION ALL SELECT 'TK202611010002', 2, 'OVERDUE', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 600
      UNION ALL SELECT 'TK202611010003', 1, 'OPENED', NULL, NULL, NULL,
             '我们想把站点绑定到自己的域名 www.xinghe-net.example，并开启 HTTPS，请问需要在哪里配置？', NULL, NULL, NULL, NULL, 4320
      UNION ALL SELECT 'TK202611010003', 2, 'ACCEPTED', 'acme-admin', 0, 1, NULL, NULL, NULL, NULL, NULL, 4200
      UNION ALL SELECT 'TK202611010003', 3, 'MERCHANT_REPLY', 'acme-admin', NULL, NULL,
             '请先把域名的 A 记录解析到实例的公网 IP，然后在“设置 → 常规”里修改站点地址，再运行 sudo acme-https enable www.xinghe-net.example 申请证书。',
             NULL, NULL, NULL, NULL, 4100
      UNION ALL SELECT 'TK202611010003', 4, 'CUSTOMER_MESSAGE', NULL, NULL, NULL,
             '解析已经生效，但是申请证书时提示 “challenge failed”，请帮忙看一下。', NULL, NULL, NULL, NULL, 300
      UNION ALL SELECT 'TK202611010003', 5, 'OVERDUE', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 60
      UNION ALL SELECT 'TK202611010004', 1, 'OPENED', NULL, NULL, NULL,
             'Please issue a VAT invoice for the per-download charges of November (order CSACME000126). Our tax number is on file.',
             NULL, NULL, NULL, NULL, 1440
      UNION ALL SELECT 'TK202611010004', 2, 'ACCEPTED', 'acme-support', 0, 1, NULL, NULL, NULL, NULL, NULL, 1380
      UNION ALL SELECT 'TK202611010004', 3, 'TRANSFERRED', 'acme-support', NULL, NULL,
             '发票由主账号开具 / Invoices are issued by the main account.', NULL, NULL, NULL, 'acme-admin', 1370
      UNION ALL SELECT 'TK202611010004', 4, 'CUSTOMER_MESSAGE', NULL, NULL, NULL,
             'Any update? Our finance team closes the month on Friday.', NULL, NULL, NULL, NULL, 240
      UNION ALL SELECT 'TK202611010005', 1, 'OPENED', NULL, NULL, NULL,
             '我们有一套 Oracle 11g 核心库（约 2 TB），计划迁移到云数据库，想先做一次评估，需要准备哪些资料？', NULL, NULL, NULL,
             NULL, 8640
      UNION ALL SELECT 'TK202611010005', 2, 'ACCEPTED', 'acme-admin', 0, 1, NULL, NULL, NULL, NULL, NULL, 8500
      UNION ALL SELECT 'TK202611010005', 3, 'CUSTOMER_MESSAGE', NULL, NULL, NULL,
             '资料已经整理好了：表结构导出、每日增量约 20 GB、业务停机窗口最多 4 小时。请给一个初步方案和报价。', NULL, NULL, NULL,
             NULL, 5760
      UNION ALL SELECT 'TK202611010005', 4, 'OVERDUE', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2880
      UNION ALL SELECT 'TK202611010006', 1, 'OPENED', NULL, NULL, NULL,
             'Messages sent through the contact form on our site never arrive. Nothing in the spam folder either.', NULL,
             NULL, NULL, NULL, 2880
      UNION ALL SELECT 'TK202611010006', 2, 'ACCEPTED', 'acme-admin', 0, 1, NULL, NULL, NULL, NULL, NULL, 2800
      UNION ALL SELECT 'TK202611010006', 3, 'MERCHANT_REPLY', 'acme-admin', NULL, NULL,
             'Could you check whether outbound port 25 is open for the instance? Many cloud networks block it by default.',
             NULL, NULL, NULL, NULL, 2700
      UNION ALL SELECT 'TK202611010006', 4, 'CUSTOMER_MESSAGE', NULL, NULL, NULL,
             'You are right, port 25 is blocked on our network and we cannot open it.', NULL, NULL, NULL, NULL, 2000
      UNION ALL SELECT 'TK202611010006', 5, 'RESOLVED', 'acme-admin', 1, 2, NULL,
             'Outbound port 25 is blocked on the instance''s network, so WordPress could not hand mail to any server.',
             'Configured the WP Mail SMTP plugin to send through the customer''s mail provider on port 465 (SSL); a test message arrived.',
             NULL, NULL, 1500
      UNION ALL SELECT 'TK202611010007', 1, 'OPENED', NULL, NULL, NULL,
             '订单 CSACME000102 的数据集下载链接打开后提示已过期，无法下载本月文件。', NULL, NULL, NULL, NULL, 5760
      UNION ALL SELECT 'TK202611010007', 2, 'ACCEPTED', 'acme-support', 0, 1, NULL, NULL, NULL, NULL, NULL, 5700
      UNION ALL SELECT 'TK202611010007', 3, 'RESOLVED', 'acme-support', 1, 2, NULL,
             '下载链接的有效期为 24 小时，客户打开时已经过期。', '已重新生成下载链接，有效期延长为 7 天，并发送到订单联系人邮箱。',
             NULL, NULL, 4000
      UNION ALL SELECT 'TK202611010007', 4, 'CUSTOMER_REFUSED', NULL, NULL, NULL,
             '新链接打开仍然提示 403 Forbidden，问题没有解决。', NULL, NULL, NULL, NULL, 600
      UNION ALL SELECT 'TK202611010007', 5, 'OVERDUE', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 120
      UNION ALL SELECT 'TK202611010008', 1, 'OPENED', NULL, NULL, NULL,
             '上周已经续费一年（订单 CSACME000162），但控制台里实例仍然显示“即将到期”。', NULL, NULL, NULL, NULL, 14400
      UNION ALL SELECT 'TK202611010008', 2, 'ACCEPTED', 'acme-admin', 0, 1, NULL, NULL, NULL, NULL, NULL, 14300
      UNION ALL SELECT 'TK202611010008', 3, 'MERCHANT_REPLY', 'acme-admin', NULL, NULL,
             '收到，我们正在和平台核对续费订单的到期时间，今天内给您答复。', NULL, NULL, NULL, NULL, 14200
      UNION ALL SELECT 'TK202611010008', 4, 'RESOLVED', 'acme-admin', 1, 2, NULL, '续费订单的到期时间同步到实例时有延迟。',
             '已手动同步到期时间，控制台已显示新的到期日。', NULL, NULL, 13000
      UNION ALL SELECT 'TK202611010008', 5, 'CUSTOMER_CONFIRMED', NULL, 2, 3, NULL, NULL, NULL, NULL, NULL, 10080
      UNION ALL SELECT 'TK202611010009', 1, 'OPENED', NULL, NULL, NULL,
             '我们配置了把数据集每天投递到自己的 OSS 存储桶，但最近三天都没有收到文件。', NULL, NULL, NULL, NULL, 21600
      UNION ALL SELECT 'TK202611010009', 2, 'ACCEPTED', 'acme-support', 0, 1, NULL, NULL, NULL, NULL, NULL, 21500
      UNION ALL SELECT 'TK202611010009', 3, 'INFO_REQUESTED', 'acme-support', 1, 5,
             '请通过平台的安全通道提供存储桶的写入凭证，我们只用于核对这次投递。', NULL, NULL, 'CONFIDENTIAL', NULL, 21400
      UNION ALL SELECT 'TK202611010009', 4, 'ACCESS_GRANTED', NULL, 5, 1, NULL, NULL, NULL, 'CONFIDENTIAL', NULL, 20000
      UNION ALL SELECT 'TK202611010009', 5, 'RESOLVED', 'acme-support', 1, 2, NULL,
             '客户轮换了存储桶的访问密钥，投递任务仍在使用旧密钥。', '已更新投递任务的凭证并补投了缺失的三天文件。', NULL, NULL,
             19000
      UNION ALL SELECT 'TK202611010009', 6, 'CUSTOMER_CONFIRMED', NULL, 2, 3, NULL, NULL, NULL, NULL, NULL, 17280
      UNION ALL SELECT 'TK202611010009', 7, 'SECRETS_ERASED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 17280
      UNION ALL SELECT 'TK202611010010', 1, 'OPENED', NULL, NULL, NULL,
             'We would like a quote for a two-day on-site migration workshop in Shanghai for 8 engineers.', NULL, NULL,
             NULL, NULL, 11520
      UNION ALL SELECT 'TK202611010010', 2, 'CUSTOMER_CANCELLED', NULL, 0, 4,
             'Found the workshop prices in the product description, thank you.', NULL, NULL, NULL, NULL, 10000
      UNION ALL SELECT 'TK202611010011', 1, 'OPENED', NULL, NULL, NULL,
             'Since the traffic spike on Monday the site takes 6 to 8 seconds per page, even at night.', NULL, NULL,
             NULL, NULL, 1500
      UNION ALL SELECT 'TK202611010011', 2, 'ACCEPTED', 'acme-admin', 0, 1, NULL, NULL, NULL, NULL, NULL, 1440
      UNION ALL SELECT 'TK202611010011', 3, 'CUSTOMER_MESSAGE', NULL, NULL, NULL,
             'Still slow this morning. We restarted the instance, no change.', NULL, NULL, NULL, NULL, 400
      UNION ALL SELECT 'TK202611010011', 4, 'INFO_REQUESTED', 'acme-admin', 1, 5,
             'Please grant us read-only console access so that we can look at the instance''s monitoring and disk usage.',
             NULL, NULL, 'CONSOLE', NULL, 360
      UNION ALL SELECT 'TK202611010012', 1, 'OPENED', NULL, NULL, NULL,
             'Do you have footfall per store (not per city) for July to September 2025?', NULL, NULL, NULL, NULL, 7200
      UNION ALL SELECT 'TK202611010012', 2, 'ACCEPTED', 'acme-support', 0, 1, NULL, NULL, NULL, NULL, NULL, 7100
      UNION ALL SELECT 'TK202611010012', 3, 'MERCHANT_REPLY', 'acme-support', NULL, NULL,
             'Yes: store-level counts are in the monthly files, folder /stores. Which stores do you need? We can prepare an extract.',
             NULL, NULL, NULL, NULL, 7000
      UNION ALL SELECT 'TK202611010012', 4, 'WAITING_FOR_CUSTOMER', 'acme-support', 1, 17,
             '等待客户提供门店清单 / Waiting for the customer''s list of stores.', NULL, NULL, NULL, NULL, 6900
      UNION ALL SELECT 'TK202611020001', 1, 'OPENED', NULL, NULL, NULL,
             '城市交通数据 10 月 3 日全天缺少 5 分钟粒度的记录，其他日期正常，请补数。', NULL, NULL, NULL, NULL, 2880
      UNION ALL SELECT 'TK202611020001', 2, 'OVERDUE', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1440
      UNION ALL SELECT 'TK202611020002', 1, 'OPENED', NULL, NULL, NULL,
             'After restarting the instance, every Superset dashboard shows "Unexpected error". JupyterLab works.', NULL,
             NULL, NULL, NULL, 1200
      UNION ALL SELECT 'TK202611020002', 2, 'ACCEPTED', 'globex-admin', 0, 1, NULL, NULL, NULL, NULL, NULL, 1100
      UNION ALL SELECT 'TK202611020002', 3, 'CUSTOMER_MESSAGE', NULL, NULL, NULL,
             'We attached the log from /var/log/superset. It mentions the metadata database.', NULL, NULL, NULL, NULL, 90
      UNION ALL SELECT 'TK202611020003', 1, 'OPENED', NULL, NULL, NULL,
             '查询接口返回的时间字段是 UTC 还是北京时间？文档里没有写。', NULL, NULL, NULL, NULL, 4320
      UNION ALL SELECT 'TK202611020003', 2, 'ACCEPTED', 'globex-admin', 0, 1, NULL, NULL, NULL, NULL, NULL, 4200
      UNION ALL SELECT 'TK202611020003', 3, 'RESOLVED', 'globex-admin', 1, 2, NULL, '接口文档没有说明时间字段的时区。',
             '接口返回的时间均为 UTC（ISO 8601，带 Z），已在文档的“数据格式”一节补充说明。', NULL, NULL, 3000
      UNION ALL SELECT 'TK202611020004', 1, 'OPENED', NULL, NULL, NULL,
             'Our notebooks get killed at 4 GB of memory. Can the JupyterLab limit be raised on the 8-core spec?', NULL,
             NULL, NULL, NULL, 17280
      UNION ALL SELECT 'TK202611020004', 2, 'ACCEPTED', 'globex-admin', 0, 1, NULL, NULL, NULL, NULL, NULL, 17000
      UNION ALL SELECT 'TK202611020004', 3, 'MERCHANT_REPLY', 'globex-admin', NULL, NULL,
             'Yes. The limit is set in /etc/jupyter/jupyter_server_config.py; we will change it with you tomorrow at 10:00.',
             NULL, NULL, NULL, NULL, 16000
      UNION ALL SELECT 'TK202611020004', 4, 'RESOLVED', 'globex-admin', 1, 2, NULL,
             'The image ships with a 4 GB memory limit per kernel for the smallest spec.',
             'Raised the limit to 24 GB on the customer''s 8-core instance and documented the setting.', NULL, NULL, 15000
      UNION ALL SELECT 'TK202611020004', 5, 'CUSTOMER_CONFIRMED', NULL, 2, 3, NULL, NULL, NULL, NULL, NULL, 14400) e;

INSERT IGNORE INTO ticket
    (merchant_id, ticket_id, product_id, order_id, instance_id, customer_id, customer_name, customer_account_name,
     title, category, status, handler_user_id, pending_marker, routed_to, routed_user_id, refused_at, created_at,
     received_at, accepted_at, first_response_at, owed_since, due_at, paused_minutes_left, overdue_notified,
     console_access, confidential_info, ended_at, updated_at)
SELECT m.id, d.tid, p.id, d.order_id, d.instance_id, d.cust, d.cust_name, d.account, d.title, d.category, d.status,
       h.id, IF(d.status IN (0, 1) OR (d.status = 2 AND d.refused_m IS NOT NULL), 1, 0), d.routed_to, r.id,
       UTC_TIMESTAMP(6) - INTERVAL d.refused_m MINUTE, UTC_TIMESTAMP(6) - INTERVAL d.created_m MINUTE,
       UTC_TIMESTAMP(6) - INTERVAL d.created_m MINUTE, UTC_TIMESTAMP(6) - INTERVAL d.accepted_m MINUTE,
       UTC_TIMESTAMP(6) - INTERVAL d.first_m MINUTE, UTC_TIMESTAMP(6) - INTERVAL d.owed_m MINUTE,
       UTC_TIMESTAMP(6) - INTERVAL d.due_m MINUTE, d.paused_left, IF(d.due_m > 0, 1, 0), NULL, NULL,
       UTC_TIMESTAMP(6) - INTERVAL d.ended_m MINUTE,
       UTC_TIMESTAMP(6) - INTERVAL (SELECT MIN(e.m) FROM demo_ticket_entry e WHERE e.tid = d.tid) MINUTE
FROM demo_ticket d
         JOIN merchant m ON m.domain_id = d.dom
         JOIN product p ON p.merchant_id = m.id AND p.name_en = d.product
         JOIN portal_user h ON h.merchant_id = m.id AND h.user_name = d.handler
         JOIN portal_user r ON r.merchant_id = m.id AND r.user_name = d.routed;

INSERT INTO ticket_entry (merchant_id, ticket_ref, kind, actor_user_id, actor_name, from_status, to_status, text, cause,
                          solution, detail, to_user_id, to_user_name, event_id, created_at)
SELECT t.merchant_id, t.id, e.kind, a.id,
       CASE WHEN a.id IS NOT NULL THEN COALESCE(NULLIF(a.display_name, ''), a.user_name)
            WHEN e.kind IN ('SECRETS_ERASED', 'OVERDUE') THEN 'portal'
            ELSE t.customer_name END,
       e.from_s, e.to_s, e.text, e.cause, e.solution,
       CASE e.kind WHEN 'OPENED' THEN t.routed_to ELSE e.detail END,
       CASE e.kind WHEN 'OPENED' THEN t.routed_user_id ELSE u.id END,
       CASE e.kind WHEN 'OPENED' THEN COALESCE(NULLIF(r.display_name, ''), r.user_name)
                   ELSE COALESCE(NULLIF(u.display_name, ''), u.user_name) END,
       IF(e.kind = 'OPENED' OR a.id IS NULL AND e.kind NOT IN ('SECRETS_ERASED', 'OVERDUE'),
          CONCAT('demo-', LOWER(e.tid), '-', e.seq), NULL),
       UTC_TIMESTAMP(6) - INTERVAL e.m MINUTE
FROM demo_ticket_entry e
         JOIN ticket t ON t.ticket_id = e.tid
         JOIN portal_user r ON r.id = t.routed_user_id
         LEFT JOIN portal_user a ON a.merchant_id = t.merchant_id AND a.user_name = e.actor
         LEFT JOIN portal_user u ON u.merchant_id = t.merchant_id AND u.user_name = e.to_user
WHERE NOT EXISTS (SELECT 1 FROM ticket_entry x WHERE x.ticket_ref = t.id)
ORDER BY e.tid, e.seq;

-- 我处理过: whoever took a step on a demo ticket.
INSERT IGNORE INTO ticket_participant (merchant_id, user_id, ticket_ref, ticket_created_at)
SELECT DISTINCT t.merchant_id, e.actor_user_id, t.id, t.created_at
FROM ticket t
         JOIN ticket_entry e ON e.ticket_ref = t.id
WHERE t.ticket_id LIKE 'TK2026110_00%'
  AND e.actor_user_id IS NOT NULL
  AND e.kind IN ('ACCEPTED', 'MERCHANT_REPLY', 'INFO_REQUESTED', 'WAITING_FOR_CUSTOMER', 'TRANSFERRED', 'RESOLVED',
                 'REOPENED');

DROP TEMPORARY TABLE IF EXISTS demo_ticket_entry;
DROP TEMPORARY TABLE IF EXISTS demo_ticket;

-- ---------------------------------------------------------------------------------------------
-- Service supervision (V21): paid orders of the data-file products with their tasks in every step,
-- as the customers' and merchants' steps would have left them. Acme's go to the dataset's primary
-- handler acme-support; Globex's to its main account. SVACME0002 and SVGLOBEX0002 are overdue
-- (their notice marked sent); SVACME0006 is under appeal after four rejections; SVACME0007 has an
-- unsubscribe request waiting; SVACME0008 was unsubscribed (its refund order USVACME0008-1);
-- SVGLOBEX0001's unsubscribe request was refused. Times are minutes before now; the block adds only
-- what is missing, so it runs again unchanged. Documents are one-page PDFs.
CREATE TEMPORARY TABLE demo_task
(
    tno     VARCHAR(64) COLLATE utf8mb4_unicode_ci,
    dom     VARCHAR(64) COLLATE utf8mb4_unicode_ci,
    product VARCHAR(200) COLLATE utf8mb4_unicode_ci,
    handler VARCHAR(100) COLLATE utf8mb4_unicode_ci
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci
SELECT d.*
FROM (SELECT 'SVACME0001' AS tno, 'acme' AS dom, 'Retail Footfall Dataset' AS product, 'acme-support' AS handler,
             'PRIMARY_HANDLER' AS routed_to, 'cust-contoso' AS cust, 'Contoso Ltd' AS cust_name,
             'contoso' AS account, CAST(NULL AS CHAR(200)) AS company, 'AWAITING_REQUIREMENT' AS step, 0 AS frozen,
             60 AS created_m, 60 AS since_m, CAST(-7140 AS SIGNED) AS due_m, 0 AS rejections, 0 AS sent_back,
             0 AS appeals, CAST(NULL AS SIGNED) AS start_m, CAST(NULL AS SIGNED) AS ended_m,
             CAST(NULL AS CHAR(24)) AS end_reason, 'PROCESSING' AS order_status, 0 AS overdue
      UNION ALL SELECT 'SVACME0002', 'acme', 'Retail Footfall Dataset', 'acme-support', 'PRIMARY_HANDLER',
             'cust-shuzhi', '上海数智信息技术有限公司', 'shuzhi', '上海数智信息技术有限公司', 'CONFIRMING_REQUIREMENT', 0,
             7200, 5760, 2880, 0, 0, 0, NULL, NULL, NULL, 'PROCESSING', 1
      UNION ALL SELECT 'SVACME0003', 'acme', 'Retail Footfall Dataset', 'acme-support', 'PRIMARY_HANDLER',
             'cust-fabrikam', 'Fabrikam, Inc.', 'fabrikam', 'Fabrikam, Inc.', 'DELIVERING', 0, 10080, 1440, -8640, 0,
             1, 0, NULL, NULL, NULL, 'PROCESSING', 0
      UNION ALL SELECT 'SVACME0004', 'acme', 'Retail Footfall Dataset', 'acme-support', 'PRIMARY_HANDLER',
             'cust-qingyun', '杭州青云软件有限公司', 'qingyun', '杭州青云软件有限公司', 'AWAITING_ACCEPTANCE', 0, 14400,
             2880, -4320, 0, 0, 0, 4320, NULL, NULL, 'PROCESSING', 0
      UNION ALL SELECT 'SVACME0005', 'acme', 'Retail Footfall Dataset', 'acme-support', 'PRIMARY_HANDLER',
             'cust-tailspin', 'Tailspin Toys', 'tailspin', 'Tailspin Toys Co., Ltd.', 'COMPLETED', 0, 43200, 28800,
             NULL, 0, 0, 0, 31680, 28800, 'ACCEPTED', 'COMPLETED', 0
      UNION ALL SELECT 'SVACME0006', 'acme', 'Retail Footfall Dataset', 'acme-support', 'PRIMARY_HANDLER',
             'cust-northwind', 'Northwind Traders', 'northwind', 'Northwind Traders Ltd.', 'DELIVERING', 1, 40320,
             12000, NULL, 4, 0, 1, 15000, NULL, NULL, 'PROCESSING', 0
      UNION ALL SELECT 'SVACME0007', 'acme', 'Retail Footfall Dataset', 'acme-support', 'PRIMARY_HANDLER',
             'cust-yunfan', '北京云帆科技有限公司', 'yunfan', NULL, 'AWAITING_REQUIREMENT', 0, 2880, 2880, -4320, 0, 0,
             0, NULL, NULL, NULL, 'PROCESSING', 0
      UNION ALL SELECT 'SVACME0008', 'acme', 'Retail Footfall Dataset', 'acme-support', 'PRIMARY_HANDLER',
             'cust-xinghe', '深圳"星河"网络科技有限公司', 'xinghe', NULL, 'CLOSED', 0, 20160, 17280, NULL, 0, 0, 0, NULL,
             17280, 'UNSUBSCRIBED', 'CANCELLED', 0
      UNION ALL SELECT 'SVGLOBEX0001', 'globex', 'City Traffic Data', 'globex-admin', 'MAIN_ACCOUNT', 'cust-shuzhi',
             '上海数智信息技术有限公司', 'shuzhi', '上海数智信息技术有限公司', 'CONFIRMING_REQUIREMENT', 0, 2880, 1440,
             -1440, 0, 0, 0, NULL, NULL, NULL, 'PROCESSING', 0
      UNION ALL SELECT 'SVGLOBEX0002', 'globex', 'City Traffic Data', 'globex-admin', 'MAIN_ACCOUNT',
             'cust-contoso', 'Contoso Ltd', 'contoso', 'Contoso Ltd.', 'AWAITING_ACCEPTANCE', 0, 20160, 8640, 1440, 0,
             0, 0, 10080, NULL, NULL, 'PROCESSING', 1
      UNION ALL SELECT 'SVGLOBEX0003', 'globex', 'City Traffic Data', 'globex-admin', 'MAIN_ACCOUNT',
             'cust-yunfan', '北京云帆科技有限公司', 'yunfan', '北京云帆科技有限公司', 'COMPLETED', 0, 30240, 20160, NULL,
             1, 0, 0, 25920, 20160, 'ACCEPTED', 'COMPLETED', 0) d;

-- Each task's timeline: kind, acting user (none: the customer or the portal), step change, words,
-- detail, service start of a delivery, document (a file name: one PDF of that name), minutes before now.
CREATE TEMPORARY TABLE demo_task_entry
(
    tno   VARCHAR(64) COLLATE utf8mb4_unicode_ci,
    kind  VARCHAR(32) COLLATE utf8mb4_unicode_ci,
    actor VARCHAR(100) COLLATE utf8mb4_unicode_ci,
    doc   VARCHAR(100) COLLATE utf8mb4_unicode_ci
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci
SELECT e.*
FROM (SELECT 'SVACME0001' AS tno, 1 AS seq, 'CREATED' AS kind, CAST(NULL AS CHAR(32)) AS actor,
             CAST(NULL AS CHAR(24)) AS from_s, CAST('AWAITING_REQUIREMENT' AS CHAR(24)) AS to_s,
             CAST(NULL AS CHAR(1000)) AS text, CAST('PRIMARY_HANDLER' AS CHAR(32)) AS detail,
             CAST(NULL AS SIGNED) AS start_m, CAST(NULL AS CHAR(100)) AS doc, CAST(NULL AS CHAR(16)) AS role,
             60 AS m
      UNION ALL SELECT 'SVACME0002', 1, 'CREATED', NULL, NULL, 'AWAITING_REQUIREMENT', NULL, 'PRIMARY_HANDLER', NULL,
             NULL, NULL, 7200
      UNION ALL SELECT 'SVACME0002', 2, 'REQUIREMENT_SUBMITTED', NULL, 'AWAITING_REQUIREMENT', 'CONFIRMING_REQUIREMENT',
             '需要上海 12 家门店 2025 年全年的小时级客流数据，CSV 格式，按门店分文件。门店清单见附件。', NULL, NULL,
             'stores-shanghai.pdf', 'REQUIREMENT', 5760
      UNION ALL SELECT 'SVACME0003', 1, 'CREATED', NULL, NULL, 'AWAITING_REQUIREMENT', NULL, 'PRIMARY_HANDLER', NULL,
             NULL, NULL, 10080
      UNION ALL SELECT 'SVACME0003', 2, 'REQUIREMENT_SUBMITTED', NULL, 'AWAITING_REQUIREMENT', 'CONFIRMING_REQUIREMENT',
             'Daily footfall for our Guangzhou stores.', NULL, NULL, NULL, NULL, 8640
      UNION ALL SELECT 'SVACME0003', 3, 'REQUIREMENT_SENT_BACK', 'acme-support', 'CONFIRMING_REQUIREMENT',
             'AWAITING_REQUIREMENT', 'Which stores and which months? Please list the store codes.', NULL, NULL, NULL,
             NULL, 7200
      UNION ALL SELECT 'SVACME0003', 4, 'REQUIREMENT_SUBMITTED', NULL, 'AWAITING_REQUIREMENT', 'CONFIRMING_REQUIREMENT',
             'Stores GZ-01 to GZ-14, January to June 2026, daily totals per entrance.', NULL, NULL, NULL, NULL, 2880
      UNION ALL SELECT 'SVACME0003', 5, 'REQUIREMENT_CONFIRMED', 'acme-support', 'CONFIRMING_REQUIREMENT', 'DELIVERING',
             'Confirmed; the files will be in your bucket within a week.', NULL, NULL, NULL, NULL, 1440
      UNION ALL SELECT 'SVACME0004', 1, 'CREATED', NULL, NULL, 'AWAITING_REQUIREMENT', NULL, 'PRIMARY_HANDLER', NULL,
             NULL, NULL, 14400
      UNION ALL SELECT 'SVACME0004', 2, 'REQUIREMENT_SUBMITTED', NULL, 'AWAITING_REQUIREMENT', 'CONFIRMING_REQUIREMENT',
             '杭州 8 家门店近 6 个月的日客流，按出入口拆分。', NULL, NULL, NULL, NULL, 12960
      UNION ALL SELECT 'SVACME0004', 3, 'REQUIREMENT_CONFIRMED', 'acme-support', 'CONFIRMING_REQUIREMENT', 'DELIVERING',
             NULL, NULL, NULL, NULL, NULL, 11520
      UNION ALL SELECT 'SVACME0004', 4, 'DELIVERED', 'acme-support', 'DELIVERING', 'AWAITING_ACCEPTANCE',
             '数据已投递到贵方存储桶 /footfall/2026H1，验收单见附件。', NULL, 4320, 'acceptance-SVACME0004.pdf',
             'ACCEPTANCE', 2880
      UNION ALL SELECT 'SVACME0005', 1, 'CREATED', NULL, NULL, 'AWAITING_REQUIREMENT', NULL, 'PRIMARY_HANDLER', NULL,
             NULL, NULL, 43200
      UNION ALL SELECT 'SVACME0005', 2, 'REQUIREMENT_SUBMITTED', NULL, 'AWAITING_REQUIREMENT', 'CONFIRMING_REQUIREMENT',
             'Monthly footfall of all toy stores in East China, 2025.', NULL, NULL, NULL, NULL, 41760
      UNION ALL SELECT 'SVACME0005', 3, 'REQUIREMENT_CONFIRMED', 'acme-support', 'CONFIRMING_REQUIREMENT', 'DELIVERING',
             NULL, NULL, NULL, NULL, NULL, 40320
      UNION ALL SELECT 'SVACME0005', 4, 'DELIVERED', 'acme-support', 'DELIVERING', 'AWAITING_ACCEPTANCE',
             'Delivered to your SFTP folder; the signed acceptance form is attached.', NULL, 31680,
             'acceptance-SVACME0005.pdf', 'ACCEPTANCE', 30240
      UNION ALL SELECT 'SVACME0005', 5, 'ACCEPTED', NULL, 'AWAITING_ACCEPTANCE', 'COMPLETED', 'All files received.',
             NULL, NULL, NULL, NULL, 28800
      UNION ALL SELECT 'SVACME0006', 1, 'CREATED', NULL, NULL, 'AWAITING_REQUIREMENT', NULL, 'PRIMARY_HANDLER', NULL,
             NULL, NULL, 40320
      UNION ALL SELECT 'SVACME0006', 2, 'REQUIREMENT_SUBMITTED', NULL, 'AWAITING_REQUIREMENT', 'CONFIRMING_REQUIREMENT',
             'Hourly footfall of the Nanjing Road flagship store, 2025.', NULL, NULL, NULL, NULL, 38880
      UNION ALL SELECT 'SVACME0006', 3, 'REQUIREMENT_CONFIRMED', 'acme-support', 'CONFIRMING_REQUIREMENT', 'DELIVERING',
             NULL, NULL, NULL, NULL, NULL, 37440
      UNION ALL SELECT 'SVACME0006', 4, 'DELIVERED', 'acme-support', 'DELIVERING', 'AWAITING_ACCEPTANCE',
             'Delivered as agreed.', NULL, 30500, 'acceptance-SVACME0006.pdf', 'ACCEPTANCE', 30000
      UNION ALL SELECT 'SVACME0006', 5, 'REJECTED', NULL, 'AWAITING_ACCEPTANCE', 'DELIVERING',
             'We expected minute-level data.', NULL, NULL, NULL, NULL, 27000
      UNION ALL SELECT 'SVACME0006', 6, 'DELIVERED', 'acme-support', 'DELIVERING', 'AWAITING_ACCEPTANCE',
             'The requirement says hourly; delivered hourly again with a note.', NULL, 30500, NULL, NULL, 25000
      UNION ALL SELECT 'SVACME0006', 7, 'REJECTED', NULL, 'AWAITING_ACCEPTANCE', 'DELIVERING',
             'Still not minute-level.', NULL, NULL, NULL, NULL, 22000
      UNION ALL SELECT 'SVACME0006', 8, 'DELIVERED', 'acme-support', 'DELIVERING', 'AWAITING_ACCEPTANCE',
             'Same files; see the confirmed requirement.', NULL, 30500, NULL, NULL, 20000
      UNION ALL SELECT 'SVACME0006', 9, 'REJECTED', NULL, 'AWAITING_ACCEPTANCE', 'DELIVERING', 'Not acceptable.', NULL,
             NULL, NULL, NULL, 17000
      UNION ALL SELECT 'SVACME0006', 10, 'DELIVERED', 'acme-support', 'DELIVERING', 'AWAITING_ACCEPTANCE',
             'Delivered once more.', NULL, 30500, NULL, NULL, 15000
      UNION ALL SELECT 'SVACME0006', 11, 'REJECTED', NULL, 'AWAITING_ACCEPTANCE', 'DELIVERING',
             'We will not accept hourly data.', NULL, NULL, NULL, NULL, 12000
      UNION ALL SELECT 'SVACME0006', 12, 'APPEALED', 'acme-support', NULL, NULL,
             'The customer confirmed an hourly requirement and now rejects hourly data for the fourth time.',
             'REPEATED_REJECTIONS', NULL, 'appeal-SVACME0006.pdf', 'APPEAL', 2880
      UNION ALL SELECT 'SVACME0007', 1, 'CREATED', NULL, NULL, 'AWAITING_REQUIREMENT', NULL, 'PRIMARY_HANDLER', NULL,
             NULL, NULL, 2880
      UNION ALL SELECT 'SVACME0007', 2, 'UNSUBSCRIBE_REQUESTED', NULL, NULL, NULL, '下错单了，我们需要的是北京的数据。',
             NULL, NULL, NULL, NULL, 1440
      UNION ALL SELECT 'SVACME0008', 1, 'CREATED', NULL, NULL, 'AWAITING_REQUIREMENT', NULL, 'PRIMARY_HANDLER', NULL,
             NULL, NULL, 20160
      UNION ALL SELECT 'SVACME0008', 2, 'UNSUBSCRIBE_REQUESTED', NULL, NULL, NULL,
             '项目取消了，申请退订。', NULL, NULL, NULL, NULL, 18720
      UNION ALL SELECT 'SVACME0008', 3, 'UNSUBSCRIBE_APPROVED', 'acme-admin', 'AWAITING_REQUIREMENT', 'CLOSED', NULL,
             'USVACME0008-1', NULL, NULL, NULL, 17280
      UNION ALL SELECT 'SVGLOBEX0001', 1, 'CREATED', NULL, NULL, 'AWAITING_REQUIREMENT', NULL, 'MAIN_ACCOUNT', NULL,
             NULL, NULL, 2880
      UNION ALL SELECT 'SVGLOBEX0001', 2, 'UNSUBSCRIBE_REQUESTED', NULL, NULL, NULL, '价格太高，想退订。', NULL, NULL,
             NULL, NULL, 2000
      UNION ALL SELECT 'SVGLOBEX0001', 3, 'UNSUBSCRIBE_REFUSED', 'globex-admin', NULL, NULL,
             '数据已按订单规格生成，无法退订；如需调整范围请提交需求。', NULL, NULL, NULL, NULL, 1800
      UNION ALL SELECT 'SVGLOBEX0001', 4, 'REQUIREMENT_SUBMITTED', NULL, 'AWAITING_REQUIREMENT',
             'CONFIRMING_REQUIREMENT', '浦东新区主干道 2026 年 10 月的 5 分钟粒度车流数据。', NULL, NULL, NULL, NULL, 1440
      UNION ALL SELECT 'SVGLOBEX0002', 1, 'CREATED', NULL, NULL, 'AWAITING_REQUIREMENT', NULL, 'MAIN_ACCOUNT', NULL,
             NULL, NULL, 20160
      UNION ALL SELECT 'SVGLOBEX0002', 2, 'REQUIREMENT_SUBMITTED', NULL, 'AWAITING_REQUIREMENT', 'CONFIRMING_REQUIREMENT',
             'Traffic counts for the ring roads, hourly, 2025.', NULL, NULL, NULL, NULL, 18720
      UNION ALL SELECT 'SVGLOBEX0002', 3, 'REQUIREMENT_CONFIRMED', 'globex-admin', 'CONFIRMING_REQUIREMENT',
             'DELIVERING', NULL, NULL, NULL, NULL, NULL, 17280
      UNION ALL SELECT 'SVGLOBEX0002', 4, 'DELIVERED', 'globex-admin', 'DELIVERING', 'AWAITING_ACCEPTANCE',
             'Uploaded to the shared folder; acceptance form attached.', NULL, 10080, 'acceptance-SVGLOBEX0002.pdf',
             'ACCEPTANCE', 8640
      UNION ALL SELECT 'SVGLOBEX0003', 1, 'CREATED', NULL, NULL, 'AWAITING_REQUIREMENT', NULL, 'MAIN_ACCOUNT', NULL,
             NULL, NULL, 30240
      UNION ALL SELECT 'SVGLOBEX0003', 2, 'REQUIREMENT_SUBMITTED', NULL, 'AWAITING_REQUIREMENT', 'CONFIRMING_REQUIREMENT',
             '朝阳区 2025 年全年路口流量。', NULL, NULL, NULL, NULL, 28800
      UNION ALL SELECT 'SVGLOBEX0003', 3, 'REQUIREMENT_CONFIRMED', 'globex-admin', 'CONFIRMING_REQUIREMENT',
             'DELIVERING', NULL, NULL, NULL, NULL, NULL, 27360
      UNION ALL SELECT 'SVGLOBEX0003', 4, 'DELIVERED', 'globex-admin', 'DELIVERING', 'AWAITING_ACCEPTANCE', NULL,
             NULL, 25920, 'acceptance-SVGLOBEX0003.pdf', 'ACCEPTANCE', 25000
      UNION ALL SELECT 'SVGLOBEX0003', 5, 'REJECTED', NULL, 'AWAITING_ACCEPTANCE', 'DELIVERING',
             '缺少 12 月的数据。', NULL, NULL, NULL, NULL, 23000
      UNION ALL SELECT 'SVGLOBEX0003', 6, 'DELIVERED', 'globex-admin', 'DELIVERING', 'AWAITING_ACCEPTANCE',
             '已补充 12 月数据。', NULL, 25920, NULL, NULL, 22000
      UNION ALL SELECT 'SVGLOBEX0003', 7, 'ACCEPTED', NULL, 'AWAITING_ACCEPTANCE', 'COMPLETED', NULL, NULL, NULL,
             NULL, NULL, 20160) e;

-- The orders: NEW, one line of the product's monthly spec, paid when the task was created.
INSERT INTO orders (merchant_id, order_id, order_type, status, created_at, paid_at, currency, amount, customer_id,
                    customer_name, customer_account_name, received_at, updated_at)
SELECT m.id, d.tno, 'NEW', d.order_status, UTC_TIMESTAMP(6) - INTERVAL (d.created_m + 10) MINUTE,
       UTC_TIMESTAMP(6) - INTERVAL d.created_m MINUTE, 'CNY', s.price, d.cust, d.cust_name, d.account,
       UTC_TIMESTAMP(6) - INTERVAL d.created_m MINUTE, UTC_TIMESTAMP(6) - INTERVAL d.since_m MINUTE
FROM demo_task d
         JOIN merchant m ON m.domain_id = d.dom
         JOIN product p ON p.merchant_id = m.id AND p.name_en = d.product
         JOIN product_spec s ON s.id = (SELECT MIN(x.id) FROM product_spec x WHERE x.product_id = p.id
                                                                      AND x.charging_mode = 'MONTHLY')
WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.order_id = d.tno);

INSERT INTO order_line (merchant_id, order_ref, order_line_id, product_id, spec_id, charging_mode, period_type,
                        period_number, expire_at, amount)
SELECT o.merchant_id, o.id, CONCAT(d.tno, '-1'), p.id, s.id, 'PERIOD', 'MONTH', 1,
       IF(d.end_reason = 'ACCEPTED', UTC_TIMESTAMP(6) - INTERVAL d.start_m MINUTE + INTERVAL 1 MONTH, NULL), o.amount
FROM demo_task d
         JOIN orders o ON o.order_id = d.tno
         JOIN product p ON p.merchant_id = o.merchant_id AND p.name_en = d.product
         JOIN product_spec s ON s.id = (SELECT MIN(x.id) FROM product_spec x WHERE x.product_id = p.id
                                                                      AND x.charging_mode = 'MONTHLY')
WHERE NOT EXISTS (SELECT 1 FROM order_line l WHERE l.order_line_id = CONCAT(d.tno, '-1'));

INSERT INTO order_history (merchant_id, order_ref, instance_id, from_status, to_status, event_id, changed_at,
                           recorded_at)
SELECT o.merchant_id, o.id, NULL, st.from_status, st.to_status, NULL,
       IF(st.step = 1, o.paid_at, UTC_TIMESTAMP(6) - INTERVAL d.ended_m MINUTE),
       IF(st.step = 1, o.paid_at, UTC_TIMESTAMP(6) - INTERVAL d.ended_m MINUTE)
FROM demo_task d
         JOIN orders o ON o.order_id = d.tno
         JOIN (SELECT 1 AS step, CAST(NULL AS CHAR(16)) AS from_status, 'PROCESSING' AS to_status
               UNION ALL SELECT 2, 'PROCESSING', 'COMPLETED'
               UNION ALL SELECT 3, 'PROCESSING', 'CANCELLED') st
              ON st.step = 1 OR (st.step = 2 AND d.order_status = 'COMPLETED')
                  OR (st.step = 3 AND d.order_status = 'CANCELLED')
WHERE NOT EXISTS (SELECT 1 FROM order_history h WHERE h.order_ref = o.id);

-- SVACME0008's refund: the UNSUBSCRIBE order its approval made.
INSERT INTO orders (merchant_id, order_id, order_type, status, created_at, paid_at, currency, amount, customer_id,
                    customer_name, customer_account_name, received_at, updated_at)
SELECT o.merchant_id, 'USVACME0008-1', 'UNSUBSCRIBE', 'COMPLETED', UTC_TIMESTAMP(6) - INTERVAL 17280 MINUTE,
       UTC_TIMESTAMP(6) - INTERVAL 17280 MINUTE, o.currency, o.amount, o.customer_id, o.customer_name,
       o.customer_account_name, UTC_TIMESTAMP(6) - INTERVAL 17280 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 17280 MINUTE
FROM orders o
WHERE o.order_id = 'SVACME0008'
  AND NOT EXISTS (SELECT 1 FROM orders x WHERE x.order_id = 'USVACME0008-1');

INSERT INTO order_line (merchant_id, order_ref, order_line_id, product_id, spec_id, charging_mode, period_type,
                        period_number, expire_at, amount)
SELECT r.merchant_id, r.id, 'USVACME0008-1', l.product_id, l.spec_id, l.charging_mode, l.period_type,
       l.period_number, NULL, l.amount
FROM orders r
         JOIN order_line l ON l.order_line_id = 'SVACME0008-1'
WHERE r.order_id = 'USVACME0008-1'
  AND NOT EXISTS (SELECT 1 FROM order_line x WHERE x.order_line_id = 'USVACME0008-1');

INSERT INTO order_history (merchant_id, order_ref, instance_id, from_status, to_status, event_id, changed_at,
                           recorded_at)
SELECT r.merchant_id, r.id, NULL, NULL, 'COMPLETED', NULL, r.created_at, r.created_at
FROM orders r
WHERE r.order_id = 'USVACME0008-1'
  AND NOT EXISTS (SELECT 1 FROM order_history h WHERE h.order_ref = r.id);

INSERT IGNORE INTO supervision_task
    (merchant_id, task_no, order_ref, order_id, line_ref, product_id, spec_id, customer_id, customer_name,
     customer_account_name, company_name, contact_name, contact_phone, contact_email, step, frozen, pending_marker,
     handler_user_id, routed_to, confirm_days, delivery_days, step_since, due_at, overdue_notified, ever_overdue,
     rejections, sent_back, appeals, service_start_at, accepted_at, ended_at, end_reason, created_at, updated_at)
SELECT o.merchant_id, l.order_line_id, o.id, o.order_id, l.id, l.product_id, l.spec_id, o.customer_id,
       o.customer_name, o.customer_account_name, d.company, IF(d.company IS NULL, NULL, '王芳 / Wang Fang'),
       IF(d.company IS NULL, NULL, '+86 21 5555 0188'), IF(d.company IS NULL, NULL, 'data@example.com'), d.step,
       d.frozen, IF(d.frozen = 0 AND d.step IN ('CONFIRMING_REQUIREMENT', 'DELIVERING'), 1, 0), h.id, d.routed_to, 2,
       7, UTC_TIMESTAMP(6) - INTERVAL d.since_m MINUTE, UTC_TIMESTAMP(6) - INTERVAL d.due_m MINUTE, d.overdue,
       d.overdue, d.rejections, d.sent_back, d.appeals, UTC_TIMESTAMP(6) - INTERVAL d.start_m MINUTE,
       IF(d.end_reason = 'ACCEPTED', UTC_TIMESTAMP(6) - INTERVAL d.ended_m MINUTE, NULL),
       UTC_TIMESTAMP(6) - INTERVAL d.ended_m MINUTE, d.end_reason, UTC_TIMESTAMP(6) - INTERVAL d.created_m MINUTE,
       UTC_TIMESTAMP(6) - INTERVAL d.since_m MINUTE
FROM demo_task d
         JOIN orders o ON o.order_id = d.tno
         JOIN order_line l ON l.order_line_id = CONCAT(d.tno, '-1')
         JOIN portal_user h ON h.merchant_id = o.merchant_id AND h.user_name = d.handler;

INSERT INTO supervision_entry (merchant_id, task_ref, kind, actor_user_id, actor_name, from_step, to_step, text,
                               detail, start_at, event_id, created_at)
SELECT t.merchant_id, t.id, e.kind, a.id,
       CASE WHEN a.id IS NOT NULL THEN COALESCE(NULLIF(a.display_name, ''), a.user_name)
            WHEN e.kind = 'CREATED' THEN 'portal'
            ELSE t.customer_name END,
       e.from_s, e.to_s, e.text, e.detail, UTC_TIMESTAMP(6) - INTERVAL e.start_m MINUTE,
       IF(a.id IS NULL AND e.kind <> 'CREATED', CONCAT('demo-', LOWER(e.tno), '-', e.seq), NULL),
       UTC_TIMESTAMP(6) - INTERVAL e.m MINUTE
FROM demo_task_entry e
         JOIN supervision_task t ON t.task_no = CONCAT(e.tno, '-1')
         LEFT JOIN portal_user a ON a.merchant_id = t.merchant_id AND a.user_name = e.actor
WHERE NOT EXISTS (SELECT 1 FROM supervision_entry x WHERE x.task_ref = t.id)
ORDER BY e.tno, e.seq;

-- One small PDF per named document (its name says which task), and its place on the timeline.
INSERT INTO stored_file (merchant_id, purpose, file_name, content_type, size_bytes, sha256, content, created_by,
                         created_at)
SELECT t.merchant_id, 'SUPERVISION_DOCUMENT', e.doc, 'application/pdf', LENGTH(f.pdf), SHA2(f.pdf, 256), f.pdf,
       NULL, UTC_TIMESTAMP(6) - INTERVAL e.m MINUTE
FROM demo_task_entry e
         JOIN supervision_task t ON t.task_no = CONCAT(e.tno, '-1')
         CROSS JOIN (SELECT CONCAT('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n',
                                   '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n',
                                   '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n',
                                   'trailer<</Root 1 0 R>>\n%%EOF\n') AS pdf) f
WHERE e.doc IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM stored_file x WHERE x.merchant_id = t.merchant_id
                                                AND x.purpose = 'SUPERVISION_DOCUMENT' AND x.file_name = e.doc);

INSERT IGNORE INTO supervision_attachment (entry_ref, file_id, merchant_id, task_ref, role)
SELECT x.id, f.id, t.merchant_id, t.id, e.role
FROM demo_task_entry e
         JOIN supervision_task t ON t.task_no = CONCAT(e.tno, '-1')
         JOIN supervision_entry x ON x.task_ref = t.id AND x.kind = e.kind
             AND x.created_at = (SELECT MIN(y.created_at) FROM supervision_entry y
                                 WHERE y.task_ref = t.id AND y.kind = e.kind)
         JOIN stored_file f ON f.merchant_id = t.merchant_id AND f.purpose = 'SUPERVISION_DOCUMENT'
             AND f.file_name = e.doc
WHERE e.doc IS NOT NULL;

INSERT INTO supervision_appeal (merchant_id, task_ref, entry_ref, step, grounds, status, appealed_at, due_at)
SELECT t.merchant_id, t.id, x.id, 'DELIVERING', 'REPEATED_REJECTIONS', 'OPEN', x.created_at,
       x.created_at + INTERVAL 3 DAY
FROM supervision_task t
         JOIN supervision_entry x ON x.task_ref = t.id AND x.kind = 'APPEALED'
WHERE t.task_no = 'SVACME0006-1'
  AND NOT EXISTS (SELECT 1 FROM supervision_appeal a WHERE a.task_ref = t.id);

INSERT INTO supervision_unsubscribe (merchant_id, task_ref, status, reason, refusal, decided_by, refund_order_id,
                                     requested_at, decided_at)
SELECT t.merchant_id, t.id, CASE t.task_no WHEN 'SVACME0007-1' THEN 'REQUESTED' WHEN 'SVACME0008-1' THEN 'APPROVED'
                                           ELSE 'REFUSED' END,
       r.text, d.text, d.actor_name, IF(t.task_no = 'SVACME0008-1', 'USVACME0008-1', NULL), r.created_at, d.created_at
FROM supervision_task t
         JOIN supervision_entry r ON r.task_ref = t.id AND r.kind = 'UNSUBSCRIBE_REQUESTED'
         LEFT JOIN supervision_entry d ON d.task_ref = t.id AND d.kind IN ('UNSUBSCRIBE_APPROVED', 'UNSUBSCRIBE_REFUSED')
WHERE t.task_no IN ('SVACME0007-1', 'SVACME0008-1', 'SVGLOBEX0001-1')
  AND NOT EXISTS (SELECT 1 FROM supervision_unsubscribe u WHERE u.task_ref = t.id);

-- The figures of the demo merchants' products, rebuilt from their tasks as the portal keeps them
-- (the same numbers the incremental updates give).
DELETE f FROM supervision_figure f JOIN merchant m ON m.id = f.merchant_id WHERE m.domain_id IN ('acme', 'globex');
INSERT INTO supervision_figure (merchant_id, product_id, tasks, accepted, deliveries, rejections, appealed, overdue)
SELECT t.merchant_id, t.product_id, COUNT(*), SUM(t.step = 'COMPLETED'),
       SUM((SELECT COUNT(*) FROM supervision_entry e WHERE e.task_ref = t.id AND e.kind = 'DELIVERED')),
       SUM((SELECT COUNT(*) FROM supervision_entry e WHERE e.task_ref = t.id AND e.kind = 'REJECTED')),
       SUM(t.appeals > 0), SUM(t.ever_overdue)
FROM supervision_task t
         JOIN merchant m ON m.id = t.merchant_id
WHERE m.domain_id IN ('acme', 'globex')
GROUP BY t.merchant_id, t.product_id;

DELETE h FROM supervision_acceptance_hours h JOIN merchant m ON m.id = h.merchant_id
WHERE m.domain_id IN ('acme', 'globex');
INSERT INTO supervision_acceptance_hours (merchant_id, product_id, hours, tasks)
SELECT t.merchant_id, t.product_id, TIMESTAMPDIFF(HOUR, t.created_at, t.accepted_at), COUNT(*)
FROM supervision_task t
         JOIN merchant m ON m.id = t.merchant_id
WHERE m.domain_id IN ('acme', 'globex')
  AND t.accepted_at IS NOT NULL
GROUP BY t.merchant_id, t.product_id, TIMESTAMPDIFF(HOUR, t.created_at, t.accepted_at);

DROP TEMPORARY TABLE IF EXISTS demo_task_entry;
DROP TEMPORARY TABLE IF EXISTS demo_task;

-- ---------------------------------------------------------------------------------------------
-- Analytics roll-ups (V22) of the demo merchants, rebuilt from what the blocks above wrote
-- straight into the tables (the deltas a running portal writes with each change were never
-- made for them). The same definitions as io.sellercenter.analytics.AnalyticsRebuild; the demo
-- merchants keep the default service hours, Asia/Shanghai, which has no daylight saving: a day
-- there is UTC + 8 hours.
DELETE r FROM analytics_delta r JOIN merchant m ON m.id = r.merchant_id WHERE m.domain_id IN ('acme', 'globex');
DELETE r FROM analytics_order_day r JOIN merchant m ON m.id = r.merchant_id WHERE m.domain_id IN ('acme', 'globex');
DELETE r FROM analytics_line_day r JOIN merchant m ON m.id = r.merchant_id WHERE m.domain_id IN ('acme', 'globex');
DELETE r FROM analytics_usage_day r JOIN merchant m ON m.id = r.merchant_id WHERE m.domain_id IN ('acme', 'globex');
DELETE r FROM analytics_instances r JOIN merchant m ON m.id = r.merchant_id WHERE m.domain_id IN ('acme', 'globex');

INSERT INTO analytics_order_day (merchant_id, day, order_type, currency, orders, amount)
SELECT o.merchant_id, DATE(COALESCE(o.paid_at, o.created_at) + INTERVAL 8 HOUR), o.order_type, o.currency, COUNT(*),
       SUM(o.amount)
FROM orders o
         JOIN merchant m ON m.id = o.merchant_id
WHERE m.domain_id IN ('acme', 'globex')
  AND o.status IN ('PROCESSING', 'COMPLETED')
GROUP BY o.merchant_id, DATE(COALESCE(o.paid_at, o.created_at) + INTERVAL 8 HOUR), o.order_type, o.currency;

INSERT INTO analytics_line_day (merchant_id, day, product_id, charging_mode, order_type, currency, line_count, amount)
SELECT o.merchant_id, DATE(COALESCE(o.paid_at, o.created_at) + INTERVAL 8 HOUR), l.product_id, l.charging_mode,
       o.order_type, o.currency, COUNT(*), SUM(l.amount)
FROM orders o
         JOIN order_line l ON l.order_ref = o.id
         JOIN merchant m ON m.id = o.merchant_id
WHERE m.domain_id IN ('acme', 'globex')
  AND o.status IN ('PROCESSING', 'COMPLETED')
GROUP BY o.merchant_id, DATE(COALESCE(o.paid_at, o.created_at) + INTERVAL 8 HOUR), l.product_id, l.charging_mode,
         o.order_type, o.currency;

INSERT INTO analytics_usage_day (merchant_id, day, product_id, records, quantity)
SELECT v.merchant_id, DATE(v.begin_at + INTERVAL 8 HOUR), v.product_id, COUNT(*), SUM(COALESCE(v.value_dec, 0))
FROM usage_verdict v
         JOIN merchant m ON m.id = v.merchant_id
WHERE m.domain_id IN ('acme', 'globex')
  AND v.state IN ('ACCEPTED', 'BILLED')
  AND v.product_id IS NOT NULL
GROUP BY v.merchant_id, DATE(v.begin_at + INTERVAL 8 HOUR), v.product_id;

INSERT INTO analytics_instances (merchant_id, product_id, charging_mode, active)
SELECT i.merchant_id, i.product_id, l.charging_mode, COUNT(*)
FROM order_instance i
         JOIN order_line l ON l.id = i.line_ref
         JOIN merchant m ON m.id = i.merchant_id
WHERE m.domain_id IN ('acme', 'globex')
  AND i.status <> 'RELEASED'
GROUP BY i.merchant_id, i.product_id, l.charging_mode;

-- Product traffic (V23): 90 days of page views and visitors of every product of Acme and Globex,
-- up to yesterday, as the platform would have pushed them (the marketplace's day, Asia/Shanghai,
-- which keeps no daylight saving, hence +08:00). The figures are deterministic, from the product id
-- and the day: a base per product, growing over the period, quieter at weekends, with a wobble;
-- visitors are 55 to 74 per cent of the page views. Days already there are left alone.
INSERT IGNORE INTO analytics_traffic_day (merchant_id, product_id, day, page_views, visitors, updated_at)
SELECT f.merchant_id, f.product_id, f.day, f.page_views,
       FLOOR(f.page_views * (55 + (f.product_id + f.n) MOD 20) / 100), UTC_TIMESTAMP(6)
FROM (SELECT p.merchant_id, p.id AS product_id, n.n,
             DATE(CONVERT_TZ(UTC_TIMESTAMP(), '+00:00', '+08:00')) - INTERVAL n.n DAY AS day,
             ROUND((80 + (p.id * 37) MOD 400) * (1 + 0.5 * (90 - n.n) / 90)
                       * IF(DAYOFWEEK(DATE(CONVERT_TZ(UTC_TIMESTAMP(), '+00:00', '+08:00')) - INTERVAL n.n DAY)
                                IN (1, 7), 0.6, 1.0))
                 + (p.id * 7919 + n.n * 104729) MOD 61 AS page_views
      FROM product p
               JOIN merchant m ON m.id = p.merchant_id AND m.domain_id IN ('acme', 'globex')
               CROSS JOIN (SELECT 1 + a.d + 10 * b.d AS n
                           FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3
                                 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7
                                 UNION ALL SELECT 8 UNION ALL SELECT 9) a
                                    CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3
                                                UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6
                                                UNION ALL SELECT 7 UNION ALL SELECT 8) b) n) f;

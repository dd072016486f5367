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

-- What debug cases belong to: a listed SaaS product (its id), or the first application of a SaaS
-- product not listed yet (minus the application's id: the product id comes with approval). A new
-- SaaS product can only be submitted once its interface has passed its cases, so its cases must
-- exist before it does; approval moves them to the new product's id (saas.CaseSubjects).
CREATE VIEW saas_subject AS
SELECT p.id, p.merchant_id, p.name_zh, p.name_en, p.status
FROM product p
WHERE p.type = 'SAAS'
UNION ALL
SELECT -a.id, a.merchant_id, a.name_zh,
       COALESCE(JSON_UNQUOTE(JSON_EXTRACT(a.content, '$.nameEn')), a.name_zh), 'DRAFT'
FROM product_application a
WHERE a.type = 'SAAS'
  AND a.kind = 'CREATE'
  AND a.product_id IS NULL
  AND a.status <> 'APPROVED'
  AND a.name_zh IS NOT NULL;

-- The hot read (issue #18) in two index searches that never touch the table:
-- * the newest assertion on the orders: (tenant, patient_id, order_ref, payer_id) with created_at and
--   assertion_id in the index, so no row is fetched to filter or order it (it replaces
--   coverage_assertions_tenant_order, its prefix, which every query that used it can use as well);
-- * that assertion's rows by (tenant, assertion_id), with order_ref, assertion_key and created_at in the index
--   (it replaces 0009's coverage_assertions_tenant_id): assertion_key is stored after the trace and facts
--   columns, so reading it from the row meant reading their overflow pages as well.
CREATE INDEX IF NOT EXISTS coverage_assertions_newest
    ON coverage_assertions (tenant, patient_id, order_ref, payer_id, created_at, assertion_id);
DROP INDEX IF EXISTS coverage_assertions_tenant_order;
CREATE INDEX IF NOT EXISTS coverage_assertions_tenant_lookup
    ON coverage_assertions (tenant, assertion_id, order_ref, assertion_key, created_at);
DROP INDEX IF EXISTS coverage_assertions_tenant_id;

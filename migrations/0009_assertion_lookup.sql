-- The hot read (issue #18) finds the previous assertion's rows by (tenant, assertion_id). Without this index and
-- without statistics, SQLite's planner chose `coverage_assertions_supersedes` (tenant, supersedes) for that
-- lookup and walked every assertion row of the tenant on each hook; the primary key (assertion_id, order_ref)
-- was passed over. Two equality columns make this one the planner's choice on SQLite and PostgreSQL alike.
CREATE INDEX IF NOT EXISTS coverage_assertions_tenant_id ON coverage_assertions (tenant, assertion_id);

-- Coverage assertions: one row per decided order per hook call, under the coverage-assertion-id the response
-- carried. The trace is the full decision (criteria, truths, evidence references, citations) as JSON.
-- Written in SQL both SQLite and PostgreSQL accept.
CREATE TABLE IF NOT EXISTS coverage_assertions (
    assertion_id  TEXT NOT NULL,
    order_ref     TEXT NOT NULL,
    hook          TEXT NOT NULL,
    hook_instance TEXT NOT NULL,
    payer_id      TEXT NOT NULL,
    policy_id     TEXT NOT NULL,
    coverage_ref  TEXT NOT NULL,
    outcome       TEXT NOT NULL,
    decided_on    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    trace         TEXT NOT NULL,
    PRIMARY KEY (assertion_id, order_ref)
);
CREATE INDEX IF NOT EXISTS coverage_assertions_created ON coverage_assertions (created_at);

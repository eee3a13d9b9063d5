-- The DTR payer surface (issue #16 item 7).
-- $log-questionnaire-errors: what a DTR client reported about a Questionnaire, per tenant (the caller), newest kept
-- up to limits.max_questionnaire_error_logs. `body` is the input Parameters as JSON text.
CREATE TABLE IF NOT EXISTS questionnaire_errors (
    id          TEXT PRIMARY KEY,
    tenant      TEXT NOT NULL,
    received_at TEXT NOT NULL,
    seq         BIGINT NOT NULL,
    body        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS questionnaire_errors_tenant ON questionnaire_errors (tenant, seq);
-- SMART Backend Services access tokens: only the SHA-256 of each opaque token is kept, with whose it is.
CREATE TABLE IF NOT EXISTS backend_tokens (
    token_sha256 TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL,
    tenant       TEXT NOT NULL,
    scope        TEXT NOT NULL,
    expires_at   BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS backend_tokens_expires ON backend_tokens (expires_at);

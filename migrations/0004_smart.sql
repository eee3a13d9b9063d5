-- SMART questionnaire app. A launch waits here between /smart/launch and /smart/callback (its PKCE verifier, the
-- browser it started in, hashed); a session is what the callback hands the browser, stored only as its hash.
-- Neither holds an access token: those stay in the browser. Shared by all instances; expired rows are swept.
CREATE TABLE IF NOT EXISTS smart_launches (
    state          TEXT PRIMARY KEY,
    iss            TEXT NOT NULL,
    token_endpoint TEXT NOT NULL,
    code_verifier  TEXT NOT NULL,
    browser_hash   TEXT NOT NULL,
    expires_at     BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS smart_launches_expires ON smart_launches (expires_at);

CREATE TABLE IF NOT EXISTS smart_sessions (
    id_hash    TEXT PRIMARY KEY,
    iss        TEXT NOT NULL,
    patient_id TEXT NOT NULL,
    context    TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS smart_sessions_expires ON smart_sessions (expires_at);

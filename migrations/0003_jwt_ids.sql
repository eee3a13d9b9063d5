-- CDS Hooks JWT replay protection: every accepted (iss, jti) until the token expires, shared by all instances.
CREATE TABLE IF NOT EXISTS jwt_ids (
    iss        TEXT NOT NULL,
    jti        TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (iss, jti)
);
CREATE INDEX IF NOT EXISTS jwt_ids_expires ON jwt_ids (expires_at);

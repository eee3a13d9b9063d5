-- CDS Hooks 2.0 feedback (POST /cds-services/{id}/feedback): what the clinician did with a card, one row per
-- feedback item, kept for the EHR that sent it (its JWT iss; 'local' with authentication off). The card and
-- suggestion ids are the uuids crd-server gave; no patient data is in a feedback item.
CREATE TABLE IF NOT EXISTS cds_feedback (
    id                   TEXT PRIMARY KEY,
    tenant               TEXT NOT NULL,
    service_id           TEXT NOT NULL,
    card                 TEXT NOT NULL,
    outcome              TEXT NOT NULL,
    accepted_suggestions TEXT NOT NULL,
    override_reason      TEXT NOT NULL,
    outcome_timestamp    TEXT NOT NULL,
    received_at          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cds_feedback_tenant_service ON cds_feedback (tenant, service_id, received_at);

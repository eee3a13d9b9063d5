-- Re-evaluation: the facts a decision was made on (so answers can be added later without re-reading the EHR),
-- the patient it is about, and the QuestionnaireResponses clinicians submitted to crd-server.
ALTER TABLE coverage_assertions ADD COLUMN patient_id TEXT NOT NULL DEFAULT '';
ALTER TABLE coverage_assertions ADD COLUMN facts TEXT NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS coverage_assertions_order ON coverage_assertions (patient_id, order_ref);

CREATE TABLE IF NOT EXISTS questionnaire_responses (
    id           TEXT PRIMARY KEY,
    assertion_id TEXT NOT NULL,
    patient_id   TEXT NOT NULL,
    policy_id    TEXT NOT NULL,
    resource     TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS questionnaire_responses_patient ON questionnaire_responses (patient_id, policy_id);

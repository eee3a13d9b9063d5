-- Tenants (issue #15): every stored row belongs to the EHR that sent it, its JWT `iss` ('local' with
-- authentication off). Patient, order and Coverage ids are unique only within one EHR. Rows written before tenants
-- existed go to 'legacy': kept, and read by no client.
ALTER TABLE coverage_assertions ADD COLUMN tenant TEXT NOT NULL DEFAULT 'legacy';
ALTER TABLE questionnaire_responses ADD COLUMN tenant TEXT NOT NULL DEFAULT 'legacy';
ALTER TABLE smart_sessions ADD COLUMN tenant TEXT NOT NULL DEFAULT 'legacy';
CREATE INDEX IF NOT EXISTS coverage_assertions_tenant_order ON coverage_assertions (tenant, patient_id, order_ref);
CREATE INDEX IF NOT EXISTS questionnaire_responses_tenant ON questionnaire_responses (tenant, patient_id, policy_id);

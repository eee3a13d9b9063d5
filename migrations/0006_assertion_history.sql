-- Assertion ids name one decision (issue #16, CRD resp-35): `assertion_key` is the coded content of the
-- coverage-information (coverage, covered, pa-needed, doc-needed, doc-purpose, info-needed, billing codes,
-- questionnaire). A decision with another key gets a new id; the rows under the old id are never changed again,
-- and `supersedes` links the new id to the one it replaces (a re-evaluation after documentation, a later hook).
ALTER TABLE coverage_assertions ADD COLUMN assertion_key TEXT NOT NULL DEFAULT '';
ALTER TABLE coverage_assertions ADD COLUMN supersedes TEXT NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS coverage_assertions_supersedes ON coverage_assertions (tenant, supersedes);

-- The consent ledger: a lead's recorded prior consent to be called by an AI agent, with where it
-- came from, when it was given and the evidence. Entries are never deleted: revoking one stamps
-- revoked_at, so the history stays readable. A lead has consent while one entry is not revoked.
CREATE TABLE lead_consents (
  organization_id   uuid NOT NULL,
  id                uuid NOT NULL,
  lead_id           uuid NOT NULL,
  source            text NOT NULL CHECK (source IN ('web_form', 'verbal', 'written', 'sms', 'email', 'other')),
  obtained_at       timestamptz NOT NULL,
  evidence          text CHECK (length(btrim(evidence)) BETWEEN 1 AND 4000),
  evidence_url      text CHECK (evidence_url ~ '^https?://' AND length(evidence_url) <= 2000),
  recorded_by       uuid,
  created_at        timestamptz NOT NULL DEFAULT now(),
  revoked_at        timestamptz,
  revoked_by        uuid,
  revocation_reason text CHECK (length(revocation_reason) <= 500),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organization_id, recorded_by) REFERENCES users (organization_id, id) ON DELETE SET NULL (recorded_by),
  FOREIGN KEY (organization_id, revoked_by) REFERENCES users (organization_id, id) ON DELETE SET NULL (revoked_by),
  -- consent without any evidence is an assertion, not a record
  CHECK (evidence IS NOT NULL OR evidence_url IS NOT NULL),
  CHECK (revoked_at IS NOT NULL OR (revoked_by IS NULL AND revocation_reason IS NULL))
);
COMMENT ON TABLE lead_consents IS 'module: compliance';
CREATE INDEX lead_consents_lead_idx ON lead_consents (organization_id, lead_id, id);
CREATE INDEX lead_consents_active_idx ON lead_consents (organization_id, lead_id) WHERE revoked_at IS NULL;
CALL make_tenant_table('lead_consents');
CALL audit_table('lead_consents');

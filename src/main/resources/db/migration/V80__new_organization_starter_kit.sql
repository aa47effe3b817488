-- A new organization can try a call on minute one: it signs up with a starting grant of credit and
-- a ready AI agent on the simulated provider. Existing organizations are not changed. No column
-- here holds personal data.

-- The grant is a ledger entry of its own kind, always a credit, at most one per organization
-- (checked under the balance row's lock; the index finds it without reading the ledger).
ALTER TABLE credit_ledger DROP CONSTRAINT credit_ledger_kind_check;
ALTER TABLE credit_ledger ADD CONSTRAINT credit_ledger_kind_check
  CHECK (kind IN ('top_up', 'hold', 'settlement', 'release', 'refund', 'adjustment', 'starting_grant'));
ALTER TABLE credit_ledger ADD CONSTRAINT credit_ledger_starting_grant_check
  CHECK (kind <> 'starting_grant' OR amount > 0);
CREATE INDEX credit_ledger_starting_grant_idx ON credit_ledger (organization_id) WHERE kind = 'starting_grant';

-- The agent an organization starts with. A call that names no agent takes the organization's own
-- first call agent, and this one only while it has none.
ALTER TABLE ai_agents ADD COLUMN starter boolean NOT NULL DEFAULT false;

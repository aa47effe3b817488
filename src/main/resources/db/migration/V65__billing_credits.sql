-- Credits: each organization's balance in minor units of its currency, the holds that reserve
-- credit for calls in flight, and the ledger of every change.
--
-- The balance can never go negative, whatever the application does: the CHECKs below are the
-- rule, and every debit is one conditional UPDATE (... WHERE available >= amount) on this row,
-- whose row lock serializes concurrent holds and settlements of one organization.
CREATE TABLE credit_accounts (
  organization_id         uuid   NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  currency                text   NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  available               bigint NOT NULL DEFAULT 0 CHECK (available >= 0) CHECK (available <= 1000000000000000),
  held                    bigint NOT NULL DEFAULT 0 CHECK (held >= 0),
  rate_per_minute         bigint NOT NULL CHECK (rate_per_minute BETWEEN 0 AND 100000000),
  hold_minutes            integer NOT NULL CHECK (hold_minutes BETWEEN 1 AND 240),
  low_balance_threshold   bigint NOT NULL CHECK (low_balance_threshold BETWEEN 0 AND 1000000000000),
  -- set when the balance fell below the threshold and admins were told; cleared by a credit that
  -- lifts it back, so they are told once per crossing
  low_balance_notified_at timestamptz,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id)
);
COMMENT ON TABLE credit_accounts IS 'module: billing';
CALL make_tenant_table('credit_accounts');
-- Settings changes are audited; balance movements are not (the ledger below is their record, and
-- an audit entry per call would serialize every call of an organization on the audit chain).
CALL audit_table('credit_accounts', key_columns => '{organization_id}',
                 ignored => '{available,held,low_balance_notified_at}');

-- One row per call that held credit: the amount reserved, the rate fixed when the call started,
-- and how it ended. Settling or releasing moves it out of 'held' exactly once, which is what makes
-- a duplicate settlement change nothing. Not audited: the ledger records every movement.
CREATE TABLE credit_holds (
  organization_id uuid    NOT NULL,
  call_id         uuid    NOT NULL,
  status          text    NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'settled', 'released')),
  amount          bigint  NOT NULL CHECK (amount >= 0),
  rate_per_minute bigint  NOT NULL CHECK (rate_per_minute >= 0),
  currency        text    NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  duration_ms     bigint  CHECK (duration_ms >= 0),
  minutes         integer CHECK (minutes >= 0),
  charged         bigint  CHECK (charged >= 0),
  uncollected     bigint  CHECK (uncollected >= 0),
  refunded        bigint  NOT NULL DEFAULT 0 CHECK (refunded >= 0),
  created_at      timestamptz NOT NULL DEFAULT now(),
  closed_at       timestamptz,
  PRIMARY KEY (organization_id, call_id),
  FOREIGN KEY (organization_id) REFERENCES credit_accounts (organization_id) ON DELETE CASCADE,
  CHECK ((status = 'held') = (closed_at IS NULL)),
  CHECK (status <> 'settled' OR (minutes IS NOT NULL AND charged IS NOT NULL AND uncollected IS NOT NULL)),
  CHECK (refunded <= coalesce(charged, 0))
);
COMMENT ON TABLE credit_holds IS 'module: billing';
CREATE INDEX credit_holds_open_idx ON credit_holds (organization_id, created_at) WHERE status = 'held';
CALL make_tenant_table('credit_holds');

-- The ledger: append-only, one entry per movement. amount is the signed change of the available
-- balance, held_delta the change of the held balance, so for every organization
-- sum(amount) = available and sum(held_delta) = held. High volume (two entries per call):
-- range-partitioned by month like the activity timeline.
CREATE TABLE credit_ledger (
  organization_id uuid    NOT NULL,
  id              uuid    NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  kind            text    NOT NULL CHECK (kind IN ('top_up', 'hold', 'settlement', 'release', 'refund', 'adjustment')),
  amount          bigint  NOT NULL,
  held_delta      bigint  NOT NULL DEFAULT 0,
  available_after bigint  NOT NULL CHECK (available_after >= 0),
  held_after      bigint  NOT NULL CHECK (held_after >= 0),
  currency        text    NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  call_id         uuid,
  minutes         integer CHECK (minutes >= 0),
  rate_per_minute bigint  CHECK (rate_per_minute >= 0),
  actor_type      text    NOT NULL CHECK (actor_type IN ('user', 'api_key', 'system')),
  actor_id        uuid,
  note            text    CHECK (length(note) <= 500),
  PRIMARY KEY (organization_id, id, created_at),
  FOREIGN KEY (organization_id) REFERENCES credit_accounts (organization_id),
  CHECK ((kind IN ('hold', 'settlement', 'release', 'refund')) = (call_id IS NOT NULL)),
  CHECK (kind NOT IN ('top_up', 'refund') OR amount > 0)
) PARTITION BY RANGE (created_at);
COMMENT ON TABLE credit_ledger IS 'module: billing';
CREATE INDEX credit_ledger_recent_idx ON credit_ledger (organization_id, id DESC);
CREATE INDEX credit_ledger_call_idx ON credit_ledger (organization_id, call_id) WHERE call_id IS NOT NULL;
CALL make_tenant_table('credit_ledger');
CREATE TABLE credit_ledger_default PARTITION OF credit_ledger DEFAULT;
CALL make_tenant_table('credit_ledger_default');
SELECT ensure_monthly_partitions('credit_ledger', 1, 3);
INSERT INTO maintained_partitions VALUES ('credit_ledger');

-- Append-only for the application, like the audit log.
REVOKE UPDATE, DELETE, TRUNCATE ON credit_ledger FROM ${app_role};
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON credit_ledger
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

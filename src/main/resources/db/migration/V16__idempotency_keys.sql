-- Writes that carry an Idempotency-Key: the first answer is kept and replayed for 24 hours.
CREATE TABLE idempotency_keys (
  organization_id uuid NOT NULL,
  principal       text NOT NULL CHECK (length(principal) <= 100),
  idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
  method          text NOT NULL,
  path            text NOT NULL CHECK (length(path) <= 2000),
  request_hash    bytea NOT NULL,
  state           text NOT NULL DEFAULT 'processing' CHECK (state IN ('processing', 'completed')),
  status_code     integer,
  content_type    text,
  location        text,
  body            bytea,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, principal, idempotency_key)
);
COMMENT ON TABLE idempotency_keys IS 'module: tenancy';
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (organization_id, created_at);
CALL make_tenant_table('idempotency_keys');

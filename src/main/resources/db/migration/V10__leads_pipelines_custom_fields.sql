CREATE TABLE pipelines (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid NOT NULL,
  name            text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
  is_default      boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id)
);
COMMENT ON TABLE pipelines IS 'module: leads';
CREATE UNIQUE INDEX pipelines_name_key ON pipelines (organization_id, lower(name));
CREATE UNIQUE INDEX pipelines_default_key ON pipelines (organization_id) WHERE is_default;
CALL make_tenant_table('pipelines');

-- Ordered stages; a won or lost stage is terminal.
CREATE TABLE pipeline_stages (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  pipeline_id     uuid NOT NULL,
  name            text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
  position        integer NOT NULL CHECK (position >= 0),
  kind            text NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'won', 'lost')),
  probability     smallint CHECK (probability BETWEEN 0 AND 100),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, pipeline_id) REFERENCES pipelines (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE pipeline_stages IS 'module: leads';
CREATE UNIQUE INDEX pipeline_stages_name_key ON pipeline_stages (organization_id, pipeline_id, lower(name));
CREATE INDEX pipeline_stages_order_idx ON pipeline_stages (organization_id, pipeline_id, position);
CALL make_tenant_table('pipeline_stages');

-- Custom lead fields, typed per organization; values live in leads.custom_fields.
CREATE TABLE lead_custom_fields (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid NOT NULL,
  key             text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
  label           text NOT NULL CHECK (length(btrim(label)) BETWEEN 1 AND 120),
  field_type      text NOT NULL CHECK (field_type IN ('text', 'number', 'date', 'boolean', 'select')),
  options         jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(options) = 'array'),
  required        boolean NOT NULL DEFAULT false,
  position        integer NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id)
);
COMMENT ON TABLE lead_custom_fields IS 'module: leads';
CREATE UNIQUE INDEX lead_custom_fields_key_key ON lead_custom_fields (organization_id, key);
CALL make_tenant_table('lead_custom_fields');

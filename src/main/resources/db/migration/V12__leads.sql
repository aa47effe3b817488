CREATE TABLE leads (
  organization_id       uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id                    uuid NOT NULL,
  name                  text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 300),
  email                 text CHECK (email = lower(email) AND length(email) <= 254),
  phone                 text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  phone_region          text CHECK (phone_region ~ '^[A-Z]{2}$'),
  timezone              text,
  company               text CHECK (length(company) <= 300),
  linkedin_url          text CHECK (length(linkedin_url) <= 500),
  source                text NOT NULL DEFAULT 'manual'
                        CHECK (source IN ('manual', 'csv_upload', 'website', 'referral', 'vendor', 'inbound_call', 'api')),
  status                text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'qualified', 'converted', 'lost')),
  temperature           text NOT NULL DEFAULT 'cold' CHECK (temperature IN ('hot', 'warm', 'cold')),
  score                 integer NOT NULL DEFAULT 0 CHECK (score BETWEEN 0 AND 100),
  pipeline_id           uuid,
  stage_id              uuid,
  expected_close_date   date,
  last_engagement_at    timestamptz,
  owner_id              uuid,
  project_id            uuid,
  vendor_id             uuid,
  marketing_campaign_id uuid,
  import_id             uuid,
  custom_fields         jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_fields) = 'object'),
  merged_into_id        uuid,
  created_by            uuid,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  deleted_at            timestamptz,
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, owner_id) REFERENCES users (organization_id, id),
  FOREIGN KEY (organization_id, project_id) REFERENCES projects (organization_id, id) ON DELETE SET NULL (project_id),
  -- The stage implies the pipeline (kept beside it for filtering); the stage's key is the one checked.
  FOREIGN KEY (organization_id, stage_id) REFERENCES pipeline_stages (organization_id, id) ON DELETE SET NULL (stage_id),
  FOREIGN KEY (organization_id, vendor_id) REFERENCES vendors (organization_id, id) ON DELETE SET NULL (vendor_id),
  FOREIGN KEY (organization_id, marketing_campaign_id) REFERENCES marketing_campaigns (organization_id, id)
    ON DELETE SET NULL (marketing_campaign_id)
);
COMMENT ON TABLE leads IS 'module: leads';
-- Duplicate checks by normalized phone and e-mail; live leads only.
CREATE INDEX leads_phone_idx ON leads (organization_id, phone) WHERE deleted_at IS NULL AND phone IS NOT NULL;
CREATE INDEX leads_email_idx ON leads (organization_id, email) WHERE deleted_at IS NULL AND email IS NOT NULL;
-- Free-text search and fuzzy name + company matching.
CREATE INDEX leads_text_trgm ON leads USING gin (
  (lower(name || ' ' || coalesce(company, '') || ' ' || coalesce(email, '') || ' ' || coalesce(phone, ''))) gin_trgm_ops);
-- Fuzzy duplicates: same company (case-insensitive), similar name (pg_trgm similarity).
CREATE INDEX leads_company_idx ON leads (organization_id, lower(company)) WHERE deleted_at IS NULL AND company IS NOT NULL;
CREATE INDEX leads_status_idx ON leads (organization_id, status, id) WHERE deleted_at IS NULL;
CREATE INDEX leads_owner_idx ON leads (organization_id, owner_id) WHERE deleted_at IS NULL;
CREATE INDEX leads_stage_idx ON leads (organization_id, stage_id) WHERE deleted_at IS NULL;
CREATE INDEX leads_import_idx ON leads (organization_id, import_id) WHERE import_id IS NOT NULL;
CREATE INDEX leads_custom_fields_idx ON leads USING gin (custom_fields jsonb_path_ops);
CALL make_tenant_table('leads');

-- Several contacts per lead, each with a role (decision maker, spouse, assistant…).
CREATE TABLE lead_stakeholders (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  lead_id         uuid NOT NULL,
  name            text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  role            text CHECK (length(role) <= 100),
  email           text CHECK (length(email) <= 254),
  phone           text CHECK (length(phone) <= 40),
  is_primary      boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE lead_stakeholders IS 'module: leads';
CREATE INDEX lead_stakeholders_lead_idx ON lead_stakeholders (organization_id, lead_id);
CALL make_tenant_table('lead_stakeholders');

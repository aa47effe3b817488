-- Lead vendors (seed 000: marketing vendors with API keys) and marketing campaigns with budgets.
CREATE TABLE vendors (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid NOT NULL,
  name            text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  contact_email   text CHECK (length(contact_email) <= 254),
  status          text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
  key_prefix      text NOT NULL,
  key_hash        bytea NOT NULL,
  key_last_used_at timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id)
);
COMMENT ON TABLE vendors IS 'module: sources';
CREATE UNIQUE INDEX vendors_name_key ON vendors (organization_id, lower(name));
CREATE UNIQUE INDEX vendors_key_hash_key ON vendors (organization_id, key_hash);
CALL make_tenant_table('vendors');

CREATE TABLE marketing_campaigns (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  vendor_id       uuid,
  name            text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  platform        text NOT NULL DEFAULT 'other'
                  CHECK (platform IN ('google', 'facebook', 'instagram', 'linkedin', 'tiktok', 'email', 'sms', 'events', 'referral', 'other')),
  status          text NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'paused', 'completed')),
  budget_minor    bigint CHECK (budget_minor >= 0),
  spend_minor     bigint NOT NULL DEFAULT 0 CHECK (spend_minor >= 0),
  currency        text NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
  starts_on       date,
  ends_on         date,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
  FOREIGN KEY (organization_id, vendor_id) REFERENCES vendors (organization_id, id) ON DELETE SET NULL (vendor_id)
);
COMMENT ON TABLE marketing_campaigns IS 'module: sources';
CREATE UNIQUE INDEX marketing_campaigns_name_key ON marketing_campaigns (organization_id, lower(name));
CALL make_tenant_table('marketing_campaigns');

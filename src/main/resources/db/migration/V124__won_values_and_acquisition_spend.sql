-- Revenue and spend (modules leads and sources): a lead's won value, a vendor's price per lead and a
-- marketing campaign's spend per day, so analytics can tell cost per lead, cost per qualified lead
-- and return on investment.
-- pii: none (amounts, currency codes, dates and ids only)

-- What a lead is worth when won, in minor units of its ISO 4217 currency (both or neither).
ALTER TABLE leads
  ADD COLUMN value_minor bigint CHECK (value_minor >= 0),
  ADD COLUMN currency text CHECK (currency ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT leads_value_pair_check CHECK ((value_minor IS NULL) = (currency IS NULL));

-- What a vendor charges per lead it delivers (both or neither).
ALTER TABLE vendors
  ADD COLUMN cost_per_lead_minor bigint CHECK (cost_per_lead_minor >= 0),
  ADD COLUMN cost_currency text CHECK (cost_currency ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT vendors_cost_pair_check CHECK ((cost_per_lead_minor IS NULL) = (cost_currency IS NULL));

-- A marketing campaign's spend on one day, as the ad platform reports it (in the campaign's currency).
-- Setting a day again replaces its amount, so a corrected report corrects the day.
CREATE TABLE marketing_spend (
  organization_id       uuid NOT NULL,
  marketing_campaign_id uuid NOT NULL,
  day                   date NOT NULL,
  amount_minor          bigint NOT NULL CHECK (amount_minor >= 0),
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, marketing_campaign_id, day),
  FOREIGN KEY (organization_id, marketing_campaign_id)
    REFERENCES marketing_campaigns (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE marketing_spend IS 'module: sources';
CREATE INDEX marketing_spend_day_idx ON marketing_spend (organization_id, day);
CALL make_tenant_table('marketing_spend');
CALL audit_table('marketing_spend', key_columns => '{marketing_campaign_id,day}');

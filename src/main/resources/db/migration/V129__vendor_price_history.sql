-- A vendor's price per lead over time (module sources): each price applies to the leads created from
-- its effective day on (the organization's calendar) until the next one, so a new price no longer
-- re-prices the leads a vendor delivered before it. A row without an amount ends the charging.
-- pii: none (amounts, currency codes, dates and ids only)
CREATE TABLE vendor_prices (
  organization_id  uuid NOT NULL,
  vendor_id        uuid NOT NULL,
  effective_from   date NOT NULL CHECK (effective_from >= DATE '2000-01-01'),
  amount_minor     bigint CHECK (amount_minor >= 0),
  currency         text CHECK (currency ~ '^[A-Z]{3}$'),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, vendor_id, effective_from),
  CONSTRAINT vendor_prices_amount_pair_check CHECK ((amount_minor IS NULL) = (currency IS NULL)),
  FOREIGN KEY (organization_id, vendor_id) REFERENCES vendors (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE vendor_prices IS 'module: sources';
CALL make_tenant_table('vendor_prices');
CALL audit_table('vendor_prices', key_columns => '{vendor_id,effective_from}');

-- The one price kept so far priced every lead of its vendor: it becomes the first price, effective
-- from the day of the vendor's earliest lead (or of the vendor itself), so no figure changes.
INSERT INTO vendor_prices (organization_id, vendor_id, effective_from, amount_minor, currency)
SELECT v.organization_id, v.id,
  greatest(DATE '2000-01-01', (least(v.created_at,
      coalesce((SELECT min(l.created_at) FROM leads l
                WHERE l.organization_id = v.organization_id AND l.vendor_id = v.id), v.created_at))
    AT TIME ZONE o.timezone)::date),
  v.cost_per_lead_minor, v.cost_currency
FROM vendors v JOIN organizations o ON o.id = v.organization_id
WHERE v.cost_per_lead_minor IS NOT NULL;

ALTER TABLE vendors
  DROP CONSTRAINT vendors_cost_pair_check,
  DROP COLUMN cost_per_lead_minor,
  DROP COLUMN cost_currency;

-- Analytics of revenue and spend: a lead's won value kept with its fact, and per day and dimension
-- the revenue, the qualified leads (a hot or warm call outcome) and the vendor and marketing spend.
-- pii: none (amounts, currency codes and counts only)
ALTER TABLE analytics_leads
  ADD COLUMN value_minor bigint,
  ADD COLUMN currency text;

ALTER TABLE analytics_daily
  ADD COLUMN revenue_minor bigint NOT NULL DEFAULT 0,
  ADD COLUMN leads_qualified integer NOT NULL DEFAULT 0,
  ADD COLUMN vendor_spend_minor bigint NOT NULL DEFAULT 0,
  ADD COLUMN marketing_spend_minor bigint NOT NULL DEFAULT 0;

-- Qualified leads come from the facts already kept: every day is rolled up again with the
-- organization's next event (or a rebuild).
INSERT INTO analytics_stale_days (organization_id, day)
SELECT DISTINCT organization_id, day FROM analytics_calls
UNION SELECT DISTINCT organization_id, day FROM analytics_leads
ON CONFLICT DO NOTHING;

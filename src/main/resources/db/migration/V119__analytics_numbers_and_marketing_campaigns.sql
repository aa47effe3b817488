-- Analytics by phone number (the organization's number a call was placed from or came in on) and by
-- marketing campaign (a lead's, counted like its source and vendor). No personal data: ids only.
ALTER TABLE analytics_calls ADD COLUMN phone_number_id uuid;
ALTER TABLE analytics_leads ADD COLUMN marketing_campaign_id uuid;

ALTER TABLE analytics_daily DROP CONSTRAINT analytics_daily_dimension_check;
ALTER TABLE analytics_daily ADD CONSTRAINT analytics_daily_dimension_check CHECK (dimension IN
  ('all', 'team', 'user', 'ai_agent', 'campaign', 'source', 'vendor', 'number', 'marketing_campaign'));

-- The facts already kept take the new ids from their records, and their days are rolled up again with
-- the organization's next event (or a rebuild), so the new breakdowns cover the past too.
UPDATE analytics_calls a SET phone_number_id = c.phone_number_id
FROM calls c WHERE c.organization_id = a.organization_id AND c.id = a.call_id;
UPDATE analytics_leads a SET marketing_campaign_id = l.marketing_campaign_id
FROM leads l WHERE l.organization_id = a.organization_id AND l.id = a.lead_id;
INSERT INTO analytics_stale_days (organization_id, day)
SELECT DISTINCT organization_id, day FROM analytics_calls
UNION SELECT DISTINCT organization_id, day FROM analytics_leads
ON CONFLICT DO NOTHING;

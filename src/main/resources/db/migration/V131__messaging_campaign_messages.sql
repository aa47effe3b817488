-- Messaging campaigns (issue 18, item 7): a message a campaign sent names the campaign (the
-- campaigns module's id; no foreign key across modules, a deleted campaign keeps its messages), and
-- there is at most one per campaign and lead, so a campaign never messages a member twice however
-- often its run is repeated or resumed. The funnel (sent, delivered, failed, replied) is counted on
-- this index. No personal data in the new column.
ALTER TABLE messages ADD COLUMN campaign_id uuid;
CREATE UNIQUE INDEX messages_campaign_lead_key ON messages (organization_id, campaign_id, lead_id)
  WHERE campaign_id IS NOT NULL;

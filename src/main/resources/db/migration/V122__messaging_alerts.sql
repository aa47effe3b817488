-- Automatic alerts (module messaging): an organization chooses which events about its leads
-- raise an alert (a lead turns hot, a lead replies to a message) and where it goes: its Slack
-- account's channel, or an e-mail address of the team through its e-mail account. One row per event
-- and channel.
-- pii: recipient (an e-mail address of a person on the team)
CREATE TABLE messaging_alert_rules (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid NOT NULL,
  event           text NOT NULL CHECK (event IN ('lead_hot', 'lead_replied')),
  channel         text NOT NULL CHECK (channel IN ('slack', 'email')),
  recipient       text CHECK (recipient IS NULL OR length(recipient) <= 320),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  UNIQUE (organization_id, event, channel),
  -- an e-mail alert goes to the address given; a Slack alert to the account's channel
  CHECK ((channel = 'email') = (recipient IS NOT NULL))
);
COMMENT ON TABLE messaging_alert_rules IS 'module: messaging';
CALL make_tenant_table('messaging_alert_rules');
CALL audit_table('messaging_alert_rules');

-- An alert is a message about the lead to the team (not to the lead, so the lead's send policy does
-- not apply). alert_key names the event it was raised for: a redelivered event finds its alert
-- stored and raises no second one.
ALTER TABLE messages
  ADD COLUMN alert text CHECK (alert IN ('lead_hot', 'lead_replied')),
  ADD COLUMN alert_key text,
  ADD CHECK ((alert IS NULL) = (alert_key IS NULL));
CREATE UNIQUE INDEX messages_alert_key ON messages (organization_id, alert_key) WHERE alert_key IS NOT NULL;

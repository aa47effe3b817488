-- Messaging rate limits (module messaging): each channel's provider account sends at most its
-- per_minute messages a minute, one slot every 60 s / per_minute. The next free slot is one row per
-- organization and channel, moved forward atomically by every send, so that every node takes its
-- slots from the same counter. A message above the limit is not failed: its send job waits for its
-- slot, and the message says until when and why.
CREATE TABLE messaging_send_slots (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  channel         text NOT NULL CHECK (channel IN ('email', 'sms', 'whatsapp', 'slack')),
  next_slot_at    timestamptz NOT NULL,
  PRIMARY KEY (organization_id, channel)
);
COMMENT ON TABLE messaging_send_slots IS 'module: messaging';
CALL make_tenant_table('messaging_send_slots');

-- The slot a queued message waits for (null: it did not have to wait).
ALTER TABLE messages ADD COLUMN waits_until timestamptz;

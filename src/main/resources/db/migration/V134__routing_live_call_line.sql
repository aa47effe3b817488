-- Issue 16 item 5 (the provider bridges the live call to the agent): the caller of a call work is
-- held at the provider while the work waits, and bridged to the accepting agent's phone. line says
-- where the caller's line is: held (hold music at the provider), bridging (the provider is being
-- asked: a crash now leaves it here and the bridge is never asked twice), ringing (the provider is
-- ringing the agent's phone), connected, ended (after the bridge), caller_hung_up (before it),
-- failed (the provider refused, or a bridge was interrupted). Null: no live call, or not held.
-- The agent's phone number is read from identity when bridging and never stored here.
-- pii: none (a state and a time)
ALTER TABLE work_items
  ADD COLUMN line text
    CHECK (line IN ('held', 'bridging', 'ringing', 'connected', 'ended', 'caller_hung_up', 'failed')),
  ADD COLUMN line_changed_at timestamptz,
  ADD CHECK ((line IS NULL) = (line_changed_at IS NULL));
CREATE INDEX work_items_call ON work_items (organization_id, call_id) WHERE call_id IS NOT NULL;

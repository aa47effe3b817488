-- Issue 16 (routing, the missing half): business hours and overflow applied by the dispatcher.
-- overflow_after_seconds: how long a work may wait in a queue before it moves to the queue's
-- overflow queue; existing queues take their SLA, as new ones do by default.
-- held_until: a work that found its queue closed waits, unclaimed, until the queue opens (a
-- dispatch job is due then); the dispatcher never claims it before.
-- pii: none (settings and times only)
ALTER TABLE routing_queues
  ADD COLUMN overflow_after_seconds integer CHECK (overflow_after_seconds BETWEEN 1 AND 86400);
UPDATE routing_queues SET overflow_after_seconds = sla_seconds;
ALTER TABLE routing_queues ALTER COLUMN overflow_after_seconds SET NOT NULL;

ALTER TABLE work_items ADD COLUMN held_until timestamptz;

-- Analytics of routing's queues (module analytics): one row per work per queue it entered, kept
-- from routing's events (WorkQueued, WorkOverflowed, WorkAccepted), so each queue's figures of a day
-- (offered, answered, timed out to its overflow, answered within its SLA) are read from here, never
-- from routing's tables. day is the local date (the organization's zone) the work entered the queue.
-- pii: none (ids, times and counts only)
CREATE TABLE analytics_queue_work (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  work_id         uuid NOT NULL,
  queue_id        uuid NOT NULL,
  day             date NOT NULL,
  entered_at      timestamptz NOT NULL,
  answered_at     timestamptz,
  left_at         timestamptz,
  sla_seconds     integer NOT NULL CHECK (sla_seconds >= 0),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, work_id, queue_id)
);
COMMENT ON TABLE analytics_queue_work IS 'module: analytics';
CREATE INDEX analytics_queue_work_day_idx ON analytics_queue_work (organization_id, day, queue_id);
CALL make_tenant_table('analytics_queue_work');

-- Issue 17 (analytics' queue drill-downs and abandoned work): routing keeps each work's visits to
-- its queues. One row per work per queue it entered: when (entered_at), the queue's SLA then, and
-- how the visit ended: answered (an agent accepted it there, answered_at), overflowed (it timed out
-- to the queue's overflow queue, left_at) or abandoned (the caller hung up before anyone accepted
-- it, left_at); outcome null while the work is still there. This is the raw record the queue
-- figures' drill lists (GET /api/v1/queues/{id}/work?date&outcome) read and the analytics rebuild
-- recomputes the figures from.
-- pii: none (ids, times and counts only)
CREATE TABLE work_queue_visits (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  work_id         uuid NOT NULL,
  queue_id        uuid NOT NULL,
  entered_at      timestamptz NOT NULL,
  sla_seconds     integer NOT NULL CHECK (sla_seconds >= 0),
  answered_at     timestamptz,
  left_at         timestamptz,
  outcome         text CHECK (outcome IN ('answered', 'overflowed', 'abandoned')),
  PRIMARY KEY (organization_id, id),
  UNIQUE (organization_id, work_id, queue_id),
  CHECK ((outcome IS NOT DISTINCT FROM 'answered') = (answered_at IS NOT NULL)),
  CHECK ((outcome IS NOT NULL AND outcome <> 'answered') = (left_at IS NOT NULL)),
  FOREIGN KEY (organization_id, work_id) REFERENCES work_items (organization_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organization_id, queue_id) REFERENCES routing_queues (organization_id, id)
);
COMMENT ON TABLE work_queue_visits IS 'module: routing';
CREATE INDEX work_queue_visits_queue_day ON work_queue_visits (organization_id, queue_id, entered_at);
CREATE INDEX work_queue_visits_entered ON work_queue_visits (organization_id, entered_at);
CALL make_tenant_table('work_queue_visits');

-- The visits of the work queued before this migration: the history analytics kept from routing's
-- events since V130 (it knows the queues a work overflowed from), then each other work in the queue
-- it is in now; a work canceled because its caller hung up abandoned the queue it was in.
INSERT INTO work_queue_visits
  (organization_id, id, work_id, queue_id, entered_at, sla_seconds, answered_at, left_at, outcome)
SELECT a.organization_id, gen_random_uuid(), a.work_id, a.queue_id, a.entered_at, a.sla_seconds,
       a.answered_at, CASE WHEN a.answered_at IS NULL THEN a.left_at END,
       CASE WHEN a.answered_at IS NOT NULL THEN 'answered' WHEN a.left_at IS NOT NULL THEN 'overflowed' END
FROM analytics_queue_work a
JOIN work_items w ON w.organization_id = a.organization_id AND w.id = a.work_id
JOIN routing_queues q ON q.organization_id = a.organization_id AND q.id = a.queue_id;

INSERT INTO work_queue_visits
  (organization_id, id, work_id, queue_id, entered_at, sla_seconds, answered_at, outcome)
SELECT w.organization_id, gen_random_uuid(), w.id, w.queue_id, w.created_at, q.sla_seconds, w.assigned_at,
       CASE WHEN w.assigned_at IS NOT NULL THEN 'answered' END
FROM work_items w
JOIN routing_queues q ON q.organization_id = w.organization_id AND q.id = w.queue_id
ON CONFLICT DO NOTHING;

UPDATE work_queue_visits v
SET left_at = w.completed_at, outcome = 'abandoned'
FROM work_items w
WHERE w.organization_id = v.organization_id AND w.id = v.work_id AND w.queue_id = v.queue_id
  AND w.status = 'canceled' AND w.line = 'caller_hung_up' AND v.outcome IS NULL
  AND w.completed_at IS NOT NULL;

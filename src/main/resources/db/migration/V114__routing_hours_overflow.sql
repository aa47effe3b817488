-- Issue 16 (routing, the missing half): business hours and overflow applied by the dispatcher,
-- callbacks nobody owns as work, inbound calls to a number bound to a queue.
-- overflow_after_seconds: how long a work may wait in a queue before it moves to the queue's
-- overflow queue; existing queues take their SLA, as new ones do by default.
-- held_until: a work that found its queue closed waits, unclaimed, until the queue opens (a
-- dispatch job is due then); the dispatcher never claims it before.
-- pii: none (settings, times and ids only)
ALTER TABLE routing_queues
  ADD COLUMN overflow_after_seconds integer CHECK (overflow_after_seconds BETWEEN 1 AND 86400);
UPDATE routing_queues SET overflow_after_seconds = sla_seconds;
ALTER TABLE routing_queues ALTER COLUMN overflow_after_seconds SET NOT NULL;

ALTER TABLE work_items ADD COLUMN held_until timestamptz;

-- takes_callbacks marks the organization's callback queue (at most one): a follow-up task that falls
-- due for a lead nobody online owns becomes callback work there.
ALTER TABLE routing_queues ADD COLUMN takes_callbacks boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX routing_queues_one_callback_queue ON routing_queues (organization_id)
  WHERE takes_callbacks AND deleted_at IS NULL;

-- task_id: the follow-up task a callback work came from; one work per task, however often the
-- task's due event is delivered.
ALTER TABLE work_items
  ADD COLUMN task_id uuid,
  ADD FOREIGN KEY (organization_id, task_id) REFERENCES tasks (organization_id, id) ON DELETE SET NULL (task_id);
CREATE UNIQUE INDEX work_items_one_per_task ON work_items (organization_id, task_id) WHERE task_id IS NOT NULL;

-- A phone number bound to a queue: an inbound call to it becomes call work in that queue. A number
-- answers into one queue at most.
CREATE TABLE queue_phone_numbers (
  organization_id uuid NOT NULL,
  phone_number_id uuid NOT NULL,
  queue_id        uuid NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, phone_number_id),
  FOREIGN KEY (organization_id, phone_number_id) REFERENCES phone_numbers (organization_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organization_id, queue_id) REFERENCES routing_queues (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE queue_phone_numbers IS 'module: routing';
CREATE INDEX queue_phone_numbers_queue ON queue_phone_numbers (organization_id, queue_id);
CALL make_tenant_table('queue_phone_numbers');

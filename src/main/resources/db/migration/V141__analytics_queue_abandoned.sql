-- Issue 17: abandoned work per queue and day. abandoned_at: the caller hung up before anyone accepted
-- the work while it was in this queue (routing's WorkCanceled, reason caller_hung_up); the wait before
-- abandoning is abandoned_at - entered_at. The rebuild gains a phase that rereads routing's queue
-- visits (V140) for its range.
-- pii: none (a time)
ALTER TABLE analytics_queue_work ADD COLUMN abandoned_at timestamptz;

UPDATE analytics_queue_work a
SET abandoned_at = v.left_at
FROM work_queue_visits v
WHERE v.organization_id = a.organization_id AND v.work_id = a.work_id AND v.queue_id = a.queue_id
  AND v.outcome = 'abandoned';

ALTER TABLE analytics_rebuilds DROP CONSTRAINT IF EXISTS analytics_rebuilds_phase_check;
ALTER TABLE analytics_rebuilds
  ADD CONSTRAINT analytics_rebuilds_phase_check CHECK (phase IN ('leads', 'calls', 'queues', 'rollup', 'done'));

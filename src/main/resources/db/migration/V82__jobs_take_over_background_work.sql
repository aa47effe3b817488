-- Account mail, overdue tasks, voice-server checks and call analyses now run as jobs (one instance
-- per mail, task, server and transcript in scheduled_tasks), so the SECURITY DEFINER functions that
-- only found which organizations had such work go, with the read access they needed. Work waiting
-- at the time of this migration is handed to the job engine here, so nothing queued is lost.
-- No personal data: job instances hold ids only.

-- Reading across organizations for the hand-over needs the definer role's read policies (forced
-- row-level security applies to the owner too); the rows are kept in a temporary table.
SET LOCAL ROLE ${definer_role};
CREATE TEMPORARY TABLE handed_over (
  task_name      text NOT NULL,
  organization   uuid NOT NULL,
  instance_key   text NOT NULL,
  payload        jsonb NOT NULL,
  execution_time timestamptz NOT NULL
) ON COMMIT DROP;

INSERT INTO handed_over
SELECT 'identity.send-mail', m.organization_id, m.id::text, jsonb_build_object('mailId', m.id), m.next_attempt_at
  FROM mail_outbox m WHERE m.status = 'queued';

INSERT INTO handed_over
SELECT 'leads.task-overdue', t.organization_id, t.id::text, jsonb_build_object('task', t.id), t.due_at
  FROM tasks t WHERE t.status IN ('pending', 'in_progress') AND t.due_at IS NOT NULL;

INSERT INTO handed_over
SELECT 'telephony.voice-server-check', v.organization_id, v.id::text, jsonb_build_object('server', v.id),
       now() + interval '15 seconds'
  FROM voice_servers v WHERE v.active;

INSERT INTO handed_over
SELECT 'conversations.analyse', c.organization_id, c.call_id::text, jsonb_build_object('call', c.call_id),
       c.next_attempt_at
  FROM call_transcripts c WHERE c.analysis_status IN ('pending', 'processing');
RESET ROLE;

-- The instance id and data as the jobs module writes them: "<organization>:<key>" and the JSON
-- envelope {"organization": ..., "payload": ...}.
INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version, priority)
SELECT task_name,
       organization || ':' || instance_key,
       convert_to(jsonb_build_object('organization', organization, 'payload', payload)::text, 'UTF8'),
       execution_time,
       false,
       1,
       0
  FROM handed_over
ON CONFLICT (task_name, task_instance) DO NOTHING;

DROP FUNCTION mail_outbox_due(int);
DROP FUNCTION organizations_with_overdue_tasks();
DROP FUNCTION organizations_with_voice_servers();
DROP FUNCTION organizations_with_analysis_work();

DROP POLICY definer_read ON mail_outbox;
REVOKE SELECT ON mail_outbox FROM ${definer_role};
DROP POLICY definer_read ON tasks;
REVOKE SELECT ON tasks FROM ${definer_role};
DROP POLICY definer_read ON voice_servers;
REVOKE SELECT ON voice_servers FROM ${definer_role};
-- call_transcripts keeps its definer read access: the transcript search function uses it.

-- What telephony tells a lead about its calls (seed 003 call_status, seed 004 not_connected and
-- auto-created contacts): the latest call, unanswered attempts since the last conversation, and
-- transfers to a human.
ALTER TABLE leads
  ADD COLUMN call_status          text NOT NULL DEFAULT 'not_called'
                                  CHECK (call_status IN ('not_called', 'called', 'transferred', 'no_answer', 'voicemail',
                                                         'busy', 'failed')),
  ADD COLUMN last_call_id         uuid,
  ADD COLUMN last_called_at       timestamptz,
  ADD COLUMN not_connected        integer NOT NULL DEFAULT 0 CHECK (not_connected >= 0),
  ADD COLUMN transferred_to_human boolean NOT NULL DEFAULT false,
  ADD COLUMN source_call_id       uuid;
CREATE INDEX leads_not_connected_idx ON leads (organization_id, not_connected) WHERE not_connected > 0;
CREATE INDEX leads_transferred_idx ON leads (organization_id, id) WHERE transferred_to_human;

ALTER TABLE lead_activities DROP CONSTRAINT lead_activities_kind_check;
ALTER TABLE lead_activities ADD CONSTRAINT lead_activities_kind_check CHECK (kind IN ('created', 'updated',
  'status_changed', 'stage_changed', 'note_added', 'task_created', 'task_completed', 'assigned', 'merged', 'deleted',
  'restored', 'call', 'message', 'score_changed', 'temperature_changed', 'imported_duplicate', 'stakeholder_added',
  'transferred'));

CREATE TABLE lead_notes (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  lead_id         uuid NOT NULL,
  author_id       uuid,
  note_type       text NOT NULL DEFAULT 'general' CHECK (note_type IN ('general', 'meeting', 'call', 'research', 'reminder')),
  body            text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 10000),
  is_private      boolean NOT NULL DEFAULT false,
  mentions        uuid[] NOT NULL DEFAULT '{}',
  attachments     jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(attachments) = 'array'),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  deleted_at      timestamptz,
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE lead_notes IS 'module: leads';
CREATE INDEX lead_notes_lead_idx ON lead_notes (organization_id, lead_id, created_at);
CREATE INDEX lead_notes_body_trgm ON lead_notes USING gin (lower(body) gin_trgm_ops);
CALL make_tenant_table('lead_notes');

CREATE TABLE tasks (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  lead_id         uuid,
  title           text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
  description     text CHECK (length(description) <= 5000),
  assignee_id     uuid,
  created_by      uuid,
  priority        text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'critical')),
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_progress', 'completed', 'overdue', 'canceled')),
  due_at          timestamptz NOT NULL,
  completed_at    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organization_id, assignee_id) REFERENCES users (organization_id, id)
);
COMMENT ON TABLE tasks IS 'module: leads';
CREATE INDEX tasks_lead_idx ON tasks (organization_id, lead_id);
CREATE INDEX tasks_assignee_idx ON tasks (organization_id, assignee_id, status);
CREATE INDEX tasks_due_idx ON tasks (organization_id, due_at) WHERE status IN ('pending', 'in_progress');
CALL make_tenant_table('tasks');

-- Assignment history (seed 002 lead_assignments, seed 000 reassignments with feedback).
CREATE TABLE lead_assignments (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  lead_id         uuid NOT NULL,
  assigned_from   uuid,
  assigned_to     uuid,
  assigned_by     uuid,
  reason          text CHECK (length(reason) <= 500),
  feedback        text CHECK (length(feedback) <= 2000),
  feedback_rating smallint CHECK (feedback_rating BETWEEN 1 AND 5),
  feedback_at     timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE lead_assignments IS 'module: leads';
CREATE INDEX lead_assignments_lead_idx ON lead_assignments (organization_id, lead_id, created_at);
CALL make_tenant_table('lead_assignments');

-- The activity timeline: one row per change, note, task, assignment, call and message.
-- High volume: range-partitioned by month, with a default partition so nothing is ever refused.
CREATE TABLE lead_activities (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  lead_id         uuid NOT NULL,
  occurred_at     timestamptz NOT NULL DEFAULT now(),
  kind            text NOT NULL CHECK (kind IN ('updated', 'status_changed', 'stage_changed', 'note_added', 'task_created',
                    'task_completed', 'assigned', 'merged', 'deleted', 'restored', 'call', 'message', 'score_changed',
                    'temperature_changed', 'imported_duplicate', 'stakeholder_added')),
  actor_id        uuid,
  summary         text NOT NULL CHECK (length(summary) <= 1000),
  details         jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (organization_id, id, occurred_at)
) PARTITION BY RANGE (occurred_at);
COMMENT ON TABLE lead_activities IS 'module: leads';
CREATE INDEX lead_activities_lead_idx ON lead_activities (organization_id, lead_id, occurred_at DESC);
CALL make_tenant_table('lead_activities');
-- A partition queried directly would bypass the parent's policies: each one is a tenant table too.
CREATE TABLE lead_activities_default PARTITION OF lead_activities DEFAULT;
CALL make_tenant_table('lead_activities_default');

-- Creates the monthly partitions of a partitioned table around now (idempotent).
CREATE FUNCTION ensure_monthly_partitions(parent regclass, months_back int, months_ahead int) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  first_month date := date_trunc('month', now())::date - make_interval(months => months_back);
  month date;
  name text;
BEGIN
  FOR i IN 0 .. months_back + months_ahead LOOP
    month := first_month + make_interval(months => i);
    name := format('%s_%s', parent::text, to_char(month, 'YYYY_MM'));
    IF to_regclass(name) IS NULL THEN
      EXECUTE format('CREATE TABLE %I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)',
                     name, parent, month, (month + interval '1 month')::date);
      CALL make_tenant_table(name::regclass);
    END IF;
  END LOOP;
END $$;
SELECT ensure_monthly_partitions('lead_activities', 1, 3);

-- Saved lead-list views, per user.
CREATE TABLE lead_views (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  user_id         uuid NOT NULL,
  name            text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
  filters         jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(filters) = 'object'),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE lead_views IS 'module: leads';
CREATE UNIQUE INDEX lead_views_name_key ON lead_views (organization_id, user_id, lower(name));
CALL make_tenant_table('lead_views');

-- Partitioned tables whose monthly partitions the maintenance job keeps three months ahead.
CREATE TABLE maintained_partitions (parent regclass PRIMARY KEY);
COMMENT ON TABLE maintained_partitions IS 'module: tenancy';
INSERT INTO maintained_partitions VALUES ('lead_activities');

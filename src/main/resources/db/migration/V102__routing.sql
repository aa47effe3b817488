-- Routing (module routing): the agents' availability and presence, their skills and capacity, the
-- queues with their strategy, the work waiting in them, the reservations that offer a work to one
-- agent, and the decisions log that says why each agent was chosen.

-- One row per agent who ever set a status. busy and wrap_up are set by the work an agent takes;
-- a console keeps last_seen_at fresh, and a job turns an agent whose console went quiet offline.
-- idle_since is when the agent last had no work (longest idle first); simulated agents accept and
-- finish their offers by themselves (the demo floor and the benchmark).
-- pii: reason (free text an agent types)
CREATE TABLE agent_availability (
  organization_id uuid NOT NULL,
  user_id         uuid NOT NULL,
  status          text NOT NULL DEFAULT 'offline'
                  CHECK (status IN ('available', 'busy', 'on_break', 'offline', 'in_meeting', 'wrap_up')),
  reason          text CHECK (length(reason) <= 200),
  since           timestamptz NOT NULL DEFAULT now(),
  last_seen_at    timestamptz NOT NULL DEFAULT now(),
  idle_since      timestamptz NOT NULL DEFAULT now(),
  voice_capacity  integer NOT NULL DEFAULT 1 CHECK (voice_capacity BETWEEN 0 AND 1),
  task_capacity   integer NOT NULL DEFAULT 3 CHECK (task_capacity BETWEEN 0 AND 50),
  simulated       boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, user_id),
  FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE agent_availability IS 'module: routing';
CALL make_tenant_table('agent_availability');

CREATE TABLE agent_skills (
  organization_id uuid NOT NULL,
  user_id         uuid NOT NULL,
  skill           text NOT NULL CHECK (skill ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
  level           integer NOT NULL CHECK (level BETWEEN 1 AND 5),
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, user_id, skill),
  FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE agent_skills IS 'module: routing';
CALL make_tenant_table('agent_skills');

-- required_skills: [{"skill": "spanish", "level": 3}]; business_hours: {"time_zone", "days",
-- "start", "end"} or null for always. last_agent_id is the round-robin memory (Asterisk rrmemory).
CREATE TABLE routing_queues (
  organization_id             uuid NOT NULL,
  id                          uuid NOT NULL,
  name                        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
  team_id                     uuid,
  strategy                    text NOT NULL DEFAULT 'longest_idle'
                              CHECK (strategy IN ('round_robin', 'least_busy', 'longest_idle', 'skills',
                                                  'score_priority', 'weighted_random')),
  required_skills             jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(required_skills) = 'array'),
  reservation_timeout_seconds integer NOT NULL DEFAULT 20 CHECK (reservation_timeout_seconds BETWEEN 5 AND 600),
  wrap_up_seconds             integer NOT NULL DEFAULT 0 CHECK (wrap_up_seconds BETWEEN 0 AND 3600),
  sla_seconds                 integer NOT NULL DEFAULT 30 CHECK (sla_seconds BETWEEN 1 AND 86400),
  business_hours              jsonb CHECK (jsonb_typeof(business_hours) = 'object'),
  overflow_queue_id           uuid,
  last_agent_id               uuid,
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now(),
  deleted_at                  timestamptz,
  PRIMARY KEY (organization_id, id),
  CHECK (overflow_queue_id IS DISTINCT FROM id),
  FOREIGN KEY (organization_id, team_id) REFERENCES teams (organization_id, id) ON DELETE SET NULL (team_id),
  FOREIGN KEY (organization_id, overflow_queue_id) REFERENCES routing_queues (organization_id, id)
);
COMMENT ON TABLE routing_queues IS 'module: routing';
CREATE UNIQUE INDEX routing_queues_name_key ON routing_queues (organization_id, lower(name)) WHERE deleted_at IS NULL;
CALL make_tenant_table('routing_queues');

-- A piece of work for a person: waiting -> offered (a pending reservation) -> assigned (accepted)
-- -> completed; an offer rejected or timed out puts it back to waiting.
CREATE TABLE work_items (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  queue_id        uuid NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('call', 'callback', 'lead')),
  lead_id         uuid,
  call_id         uuid,
  priority        integer NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 100),
  required_skills jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(required_skills) = 'array'),
  due_at          timestamptz,
  status          text NOT NULL DEFAULT 'waiting'
                  CHECK (status IN ('waiting', 'offered', 'assigned', 'completed', 'canceled')),
  agent_id        uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  assigned_at     timestamptz,
  completed_at    timestamptz,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  CHECK ((status IN ('assigned', 'completed')) = (agent_id IS NOT NULL AND assigned_at IS NOT NULL)
         OR status = 'canceled'),
  FOREIGN KEY (organization_id, queue_id) REFERENCES routing_queues (organization_id, id),
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE SET NULL (lead_id)
);
COMMENT ON TABLE work_items IS 'module: routing';
CREATE INDEX work_items_waiting ON work_items (organization_id, priority DESC, created_at) WHERE status = 'waiting';
CREATE INDEX work_items_agent ON work_items (organization_id, agent_id) WHERE status = 'assigned';
CALL make_tenant_table('work_items');

-- An offer of one work to one agent. While pending or accepted it holds one unit of the agent's
-- capacity on the work's channel (voice for calls, tasks for the rest).
CREATE TABLE reservations (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  work_id         uuid NOT NULL,
  agent_id        uuid NOT NULL,
  channel         text NOT NULL CHECK (channel IN ('voice', 'task')),
  status          text NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending', 'accepted', 'rejected', 'timed_out', 'completed', 'canceled')),
  created_at      timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  answered_at     timestamptz,
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, work_id) REFERENCES work_items (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE reservations IS 'module: routing';
-- The last line of defence against a double assignment: one live reservation per work.
CREATE UNIQUE INDEX reservations_one_live_per_work ON reservations (organization_id, work_id)
  WHERE status IN ('pending', 'accepted');
CREATE INDEX reservations_agent_live ON reservations (organization_id, agent_id, channel)
  WHERE status IN ('pending', 'accepted');
CALL make_tenant_table('reservations');

-- Why each agent was offered a work (or why none could be).
CREATE TABLE routing_decisions (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  work_id         uuid NOT NULL,
  agent_id        uuid,
  strategy        text NOT NULL,
  reason          text NOT NULL CHECK (length(reason) <= 500),
  at              timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, work_id) REFERENCES work_items (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE routing_decisions IS 'module: routing';
CREATE INDEX routing_decisions_work ON routing_decisions (organization_id, work_id, at);
CALL make_tenant_table('routing_decisions');

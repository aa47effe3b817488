-- Lead scoring (module scoring): rules with JSON criteria and versions, per-group caps, temperature
-- bands, each lead's score components and its score history with reasons, the activity the rules
-- count, bulk recomputes with their progress, and the win-probability model with the examples it
-- learns from. The lead's current score and temperature stay on leads (module leads), where the
-- lead list sorts and filters them; scoring writes them through the leads module's service.

-- Temperature bands with hysteresis: a lead enters a band at its lower edge and leaves it only
-- below that edge minus the hysteresis.
CREATE TABLE scoring_settings (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  hot_min         integer NOT NULL DEFAULT 70 CHECK (hot_min BETWEEN 1 AND 100),
  warm_min        integer NOT NULL DEFAULT 40 CHECK (warm_min BETWEEN 0 AND 99),
  hysteresis      integer NOT NULL DEFAULT 5 CHECK (hysteresis BETWEEN 0 AND 30),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id),
  CHECK (warm_min < hot_min)
);
COMMENT ON TABLE scoring_settings IS 'module: scoring';
CALL make_tenant_table('scoring_settings');
CALL audit_table('scoring_settings', key_columns => '{organization_id}');

-- A cap on the points the rules of one group add up to (e.g. "engagement" at most 30).
CREATE TABLE scoring_groups (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid NOT NULL,
  name            text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 60),
  max_points      integer NOT NULL CHECK (max_points BETWEEN 1 AND 1000),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id)
);
COMMENT ON TABLE scoring_groups IS 'module: scoring';
CREATE UNIQUE INDEX scoring_groups_name_key ON scoring_groups (organization_id, lower(name));
CALL make_tenant_table('scoring_groups');
CALL audit_table('scoring_groups');

-- Rules. Deleting one keeps it (deleted_at) so that history and versions still name it.
CREATE TABLE scoring_rules (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid NOT NULL,
  name            text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
  category        text NOT NULL CHECK (category IN ('demographic', 'firmographic', 'behavioral', 'engagement', 'source')),
  criteria        jsonb NOT NULL CHECK (jsonb_typeof(criteria) = 'object'),
  points          integer NOT NULL CHECK (points BETWEEN -100 AND 100 AND points <> 0),
  group_name      text CHECK (length(btrim(group_name)) BETWEEN 1 AND 60),
  active          boolean NOT NULL DEFAULT true,
  half_life_days  integer CHECK (half_life_days BETWEEN 1 AND 3650),
  version         integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_by      uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  deleted_at      timestamptz,
  PRIMARY KEY (organization_id, id)
);
COMMENT ON TABLE scoring_rules IS 'module: scoring';
CREATE UNIQUE INDEX scoring_rules_name_key ON scoring_rules (organization_id, lower(name)) WHERE deleted_at IS NULL;
CALL make_tenant_table('scoring_rules');
CALL audit_table('scoring_rules');

-- Every version a rule had, so that a component or a history entry says which one applied.
CREATE TABLE scoring_rule_versions (
  organization_id uuid NOT NULL,
  rule_id         uuid NOT NULL,
  version         integer NOT NULL,
  name            text NOT NULL,
  category        text NOT NULL,
  criteria        jsonb NOT NULL,
  points          integer NOT NULL,
  group_name      text,
  active          boolean NOT NULL,
  half_life_days  integer,
  changed_by      uuid,
  changed_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, rule_id, version),
  FOREIGN KEY (organization_id, rule_id) REFERENCES scoring_rules (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE scoring_rule_versions IS 'module: scoring';
CALL make_tenant_table('scoring_rule_versions');

-- A lead's score as scoring computed it: the rule components (rule, version, points, since), the
-- base component (the latest analysed call, or a score set by hand), and the lead's features as
-- they were at its last scoring while open (the model's example when the lead is won or lost).
-- pii: features (custom field values, country and time zone of the lead)
CREATE TABLE lead_scores (
  organization_id uuid NOT NULL,
  lead_id         uuid NOT NULL,
  score           integer NOT NULL CHECK (score BETWEEN 0 AND 100),
  temperature     text NOT NULL CHECK (temperature IN ('hot', 'warm', 'cold')),
  components      jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(components) = 'array'),
  base_kind       text CHECK (base_kind IN ('analysis', 'manual')),
  base_points     integer NOT NULL DEFAULT 0,
  base_reason     text CHECK (length(base_reason) <= 300),
  base_since      timestamptz,
  analysis        jsonb,
  features        jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(features) = 'object'),
  scored_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, lead_id),
  CHECK ((base_kind IS NULL) = (base_since IS NULL)),
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE lead_scores IS 'module: scoring';
CALL make_tenant_table('lead_scores');

-- Every change of a lead's score with its reason: replaying previous -> new rebuilds the score.
-- High volume (a recompute writes one row per changed lead): partitioned by month.
CREATE TABLE lead_score_history (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  lead_id         uuid NOT NULL,
  at              timestamptz NOT NULL,
  previous        integer NOT NULL CHECK (previous BETWEEN 0 AND 100),
  new             integer NOT NULL CHECK (new BETWEEN 0 AND 100),
  reason          text NOT NULL CHECK (length(reason) <= 1000),
  rule_id         uuid,
  rule_version    integer,
  PRIMARY KEY (organization_id, id, at),
  CHECK (previous <> new)
) PARTITION BY RANGE (at);
COMMENT ON TABLE lead_score_history IS 'module: scoring';
CREATE INDEX lead_score_history_lead_idx ON lead_score_history (organization_id, lead_id, id DESC);
CALL make_tenant_table('lead_score_history');
CREATE TABLE lead_score_history_default PARTITION OF lead_score_history DEFAULT;
CALL make_tenant_table('lead_score_history_default');
SELECT ensure_monthly_partitions('lead_score_history', 1, 3);
INSERT INTO maintained_partitions VALUES ('lead_score_history');

-- The activity the rules' event conditions count (call_answered, analysis_hot, task_completed…),
-- once per source event: event_key makes a redelivered event a no-op.
CREATE TABLE lead_score_events (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  lead_id         uuid NOT NULL,
  kind            text NOT NULL CHECK (kind ~ '^[a-z][a-z_]{1,39}$'),
  occurred_at     timestamptz NOT NULL,
  event_key       text NOT NULL CHECK (length(event_key) <= 120),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE lead_score_events IS 'module: scoring';
CREATE UNIQUE INDEX lead_score_events_key ON lead_score_events (organization_id, event_key);
CREATE INDEX lead_score_events_lead_idx ON lead_score_events (organization_id, lead_id, occurred_at);
CALL make_tenant_table('lead_score_events');

-- The follow-up task an analysed call asked for, once per call.
CREATE TABLE analysis_follow_ups (
  organization_id uuid NOT NULL,
  call_id         uuid NOT NULL,
  lead_id         uuid NOT NULL,
  task_id         uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, call_id)
);
COMMENT ON TABLE analysis_follow_ups IS 'module: scoring';
CALL make_tenant_table('analysis_follow_ups');
-- Follow-ups conversations made before this module took the rule over are not made twice.
INSERT INTO analysis_follow_ups (organization_id, call_id, lead_id, task_id)
SELECT organization_id, call_id, lead_id, follow_up_task_id FROM call_analyses
WHERE follow_up_task_id IS NOT NULL AND lead_id IS NOT NULL;

-- A bulk recompute: its progress, committed with each batch (after_lead_id is where the next
-- batch starts), so that a restart goes on where it stopped.
CREATE TABLE scoring_recomputes (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid NOT NULL,
  status          text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'superseded')),
  reason          text NOT NULL CHECK (length(reason) <= 300),
  import_id       uuid,
  total           integer NOT NULL CHECK (total >= 0),
  processed       integer NOT NULL DEFAULT 0 CHECK (processed >= 0),
  changed         integer NOT NULL DEFAULT 0 CHECK (changed >= 0),
  after_lead_id   uuid,
  requested_by    uuid,
  started_at      timestamptz NOT NULL DEFAULT now(),
  finished_at     timestamptz,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id)
);
COMMENT ON TABLE scoring_recomputes IS 'module: scoring';
CREATE INDEX scoring_recomputes_running_idx ON scoring_recomputes (organization_id) WHERE status = 'running';
CALL make_tenant_table('scoring_recomputes');

-- Won and lost leads as they looked before the outcome (their features at the last scoring while
-- open): what the model learns from. pii: features (custom field values, country, time zone)
CREATE TABLE scoring_examples (
  organization_id uuid NOT NULL,
  lead_id         uuid NOT NULL,
  won             boolean NOT NULL,
  outcome_at      timestamptz NOT NULL,
  features        jsonb NOT NULL CHECK (jsonb_typeof(features) = 'object'),
  PRIMARY KEY (organization_id, lead_id),
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE scoring_examples IS 'module: scoring';
CREATE INDEX scoring_examples_outcome_idx ON scoring_examples (organization_id, outcome_at);
CALL make_tenant_table('scoring_examples');

-- Each training of the model with its evaluation on a time split; the newest is the one in use
-- when its status is active. The table holds log-likelihood ratios per feature value.
CREATE TABLE scoring_models (
  organization_id   uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id                uuid NOT NULL,
  status            text NOT NULL CHECK (status IN ('active', 'insufficient_data', 'not_better_than_chance')),
  won               integer NOT NULL CHECK (won >= 0),
  lost              integer NOT NULL CHECK (lost >= 0),
  train_size        integer NOT NULL DEFAULT 0,
  test_size         integer NOT NULL DEFAULT 0,
  auc               numeric(5, 4),
  calibration_error numeric(5, 4),
  split_at          timestamptz,
  model             jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(model) = 'object'),
  reliability       jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(reliability) = 'array'),
  trained_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id)
);
COMMENT ON TABLE scoring_models IS 'module: scoring';
CALL make_tenant_table('scoring_models');

-- The leads list sorts by score and filters by temperature with these (keyset on score, id).
CREATE INDEX leads_score_idx ON leads (organization_id, score DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX leads_temperature_score_idx ON leads (organization_id, temperature, score DESC, id DESC)
  WHERE deleted_at IS NULL;

-- Campaigns call the highest-scored due members first (dial_order score_desc, the default) or in
-- the order they became due (arrival). Members keep their lead's score, updated as it changes.
ALTER TABLE campaigns ADD COLUMN dial_order text NOT NULL DEFAULT 'score_desc'
  CHECK (dial_order IN ('score_desc', 'arrival'));
ALTER TABLE campaign_members ADD COLUMN score integer NOT NULL DEFAULT 0;
UPDATE campaign_members m SET score = l.score FROM leads l
WHERE l.organization_id = m.organization_id AND l.id = m.lead_id AND l.score <> 0;
CREATE INDEX campaign_members_priority_idx ON campaign_members (organization_id, campaign_id, score DESC, next_attempt_at)
  WHERE status = 'pending';

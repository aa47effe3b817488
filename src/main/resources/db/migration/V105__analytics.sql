-- Analytics (module analytics): per-record facts kept from other modules' events, daily rollups
-- computed from those facts per organization and day (the organization's time zone), the days
-- waiting to be rolled up again, and rebuilds from the raw records with their progress.
-- pii: none (ids, times, counts and amounts only; names are looked up when shown)

-- One row per ended call as analytics counts it. A repeated event rewrites the same row, so a
-- duplicate counts once; day is the local date of created_at (when the call was placed).
CREATE TABLE analytics_calls (
  organization_id  uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  call_id          uuid NOT NULL,
  day              date NOT NULL,
  placed_at        timestamptz NOT NULL,
  direction        text NOT NULL CHECK (direction IN ('outbound', 'inbound')),
  status           text NOT NULL,
  lead_id          uuid,
  campaign_id      uuid,
  ai_agent_id      uuid,
  user_id          uuid,
  answered         boolean NOT NULL,
  transferred      boolean NOT NULL,
  talk_seconds     integer NOT NULL CHECK (talk_seconds >= 0),
  credits_minor    bigint NOT NULL CHECK (credits_minor >= 0),
  qualification    text CHECK (qualification IN ('hot', 'warm', 'cold', 'not_qualified')),
  score            integer,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, call_id)
);
COMMENT ON TABLE analytics_calls IS 'module: analytics';
CREATE INDEX analytics_calls_day_idx ON analytics_calls (organization_id, day);
CREATE INDEX analytics_calls_lead_idx ON analytics_calls (organization_id, lead_id, placed_at);
CALL make_tenant_table('analytics_calls');

-- One row per live lead: when it was created (its day), where it came from, its owner then, and
-- its status now (conversions count by the day the lead was created).
CREATE TABLE analytics_leads (
  organization_id       uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  lead_id               uuid NOT NULL,
  day                   date NOT NULL,
  created_at            timestamptz NOT NULL,
  source                text NOT NULL,
  vendor_id             uuid,
  owner_id              uuid,
  status                text NOT NULL,
  updated_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, lead_id)
);
COMMENT ON TABLE analytics_leads IS 'module: analytics';
CREATE INDEX analytics_leads_day_idx ON analytics_leads (organization_id, day);
CALL make_tenant_table('analytics_leads');

-- The figures of one day for the whole organization (dimension 'all', key '') and per team, user,
-- AI agent, campaign, lead source and vendor. Rewritten whole for a day from the facts above, so a
-- late or repeated event corrects the day it belongs to. stl_buckets counts leads by seconds from
-- creation to the first call attempt (bucket bounds in io.switchboard.analytics.SpeedToLead).
CREATE TABLE analytics_daily (
  organization_id      uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  day                  date NOT NULL,
  dimension            text NOT NULL CHECK (dimension IN ('all', 'team', 'user', 'ai_agent', 'campaign', 'source', 'vendor')),
  key                  text NOT NULL,
  leads_created        integer NOT NULL DEFAULT 0,
  leads_converted      integer NOT NULL DEFAULT 0,
  calls_placed         integer NOT NULL DEFAULT 0,
  calls_received       integer NOT NULL DEFAULT 0,
  calls_answered       integer NOT NULL DEFAULT 0,
  calls_transferred    integer NOT NULL DEFAULT 0,
  calls_converted      integer NOT NULL DEFAULT 0,
  calls_voicemail      integer NOT NULL DEFAULT 0,
  calls_failed         integer NOT NULL DEFAULT 0,
  talk_seconds         bigint NOT NULL DEFAULT 0,
  credits_spent_minor  bigint NOT NULL DEFAULT 0,
  hot                  integer NOT NULL DEFAULT 0,
  warm                 integer NOT NULL DEFAULT 0,
  cold                 integer NOT NULL DEFAULT 0,
  score_sum            bigint NOT NULL DEFAULT 0,
  scored               integer NOT NULL DEFAULT 0,
  stl_count            integer NOT NULL DEFAULT 0,
  stl_buckets          integer[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (organization_id, dimension, key, day)
);
COMMENT ON TABLE analytics_daily IS 'module: analytics';
CALL make_tenant_table('analytics_daily');

-- Days whose facts changed since they were last rolled up; marked_at tells a day marked again
-- while it was being rolled up (it stays for the next run).
CREATE TABLE analytics_stale_days (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  day             date NOT NULL,
  marked_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (organization_id, day)
);
COMMENT ON TABLE analytics_stale_days IS 'module: analytics';
CALL make_tenant_table('analytics_stale_days');

-- A recomputation of a range of days from the raw calls and leads, with its progress.
CREATE TABLE analytics_rebuilds (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid NOT NULL,
  status          text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed')),
  from_day        date NOT NULL,
  to_day          date NOT NULL,
  phase           text NOT NULL DEFAULT 'leads' CHECK (phase IN ('leads', 'calls', 'rollup', 'done')),
  cursor          text CHECK (length(cursor) <= 1000),
  leads_done      integer NOT NULL DEFAULT 0,
  calls_done      integer NOT NULL DEFAULT 0,
  requested_by    uuid,
  started_at      timestamptz NOT NULL DEFAULT now(),
  finished_at     timestamptz,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  CHECK (from_day <= to_day)
);
COMMENT ON TABLE analytics_rebuilds IS 'module: analytics';
CALL make_tenant_table('analytics_rebuilds');

-- Calling campaigns (seeds 002 campaigns and campaign_leads, 003 campaign counters): who to call
-- (members added by hand or by lead-list criteria), when (schedule in the campaign's time zone),
-- how hard (concurrency, attempts, retry delays per outcome), and what happened (funnel, counters,
-- exclusions with the calling gate's reason).
CREATE TABLE campaigns (
  organization_id         uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id                      uuid NOT NULL,
  name                    text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  description             text CHECK (length(description) <= 2000),
  campaign_type           text NOT NULL DEFAULT 'ai_calling' CHECK (campaign_type IN ('ai_calling', 'human_calling')),
  status                  text NOT NULL DEFAULT 'draft'
                            CHECK (status IN ('draft', 'scheduled', 'active', 'paused', 'completed', 'canceled')),
  ai_agent_id             uuid,
  team_id                 uuid,
  caller_number_ids       uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(caller_number_ids) <= 50),
  criteria                jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(criteria) = 'object'),
  -- The schedule gates the whole campaign, in the campaign's own time zone; each call is also
  -- checked against the organization's calling window in the lead's local time (compliance).
  start_date              date,
  end_date                date,
  days                    text[] NOT NULL DEFAULT '{monday,tuesday,wednesday,thursday,friday,saturday,sunday}'
                            CHECK (cardinality(days) BETWEEN 1 AND 7
                                   AND days <@ '{monday,tuesday,wednesday,thursday,friday,saturday,sunday}'::text[]),
  window_start            time NOT NULL DEFAULT '00:00',
  window_end              time,
  time_zone               text NOT NULL DEFAULT 'UTC' CHECK (length(time_zone) <= 64),
  budget_minor            bigint CHECK (budget_minor >= 0),
  budget_currency         text CHECK (budget_currency ~ '^[A-Z]{3}$'),
  goals                   jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(goals) = 'object'),
  max_concurrent_calls    integer NOT NULL DEFAULT 10 CHECK (max_concurrent_calls BETWEEN 1 AND 1000),
  max_attempts            integer NOT NULL DEFAULT 3 CHECK (max_attempts BETWEEN 1 AND 20),
  retry_no_answer_seconds integer NOT NULL DEFAULT 14400 CHECK (retry_no_answer_seconds >= 0),
  retry_busy_seconds      integer NOT NULL DEFAULT 3600 CHECK (retry_busy_seconds >= 0),
  retry_voicemail_seconds integer NOT NULL DEFAULT 86400 CHECK (retry_voicemail_seconds >= 0),
  retry_failed_seconds    integer NOT NULL DEFAULT 1800 CHECK (retry_failed_seconds >= 0),
  total_calls             integer NOT NULL DEFAULT 0,
  answered                integer NOT NULL DEFAULT 0,
  transferred             integer NOT NULL DEFAULT 0,
  converted               integer NOT NULL DEFAULT 0,
  started_at              timestamptz,
  completed_at            timestamptz,
  created_by              uuid,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  deleted_at              timestamptz,
  PRIMARY KEY (organization_id, id),
  CHECK (window_end IS NULL OR window_start < window_end),
  CHECK (end_date IS NULL OR start_date IS NULL OR start_date <= end_date),
  FOREIGN KEY (organization_id, ai_agent_id) REFERENCES ai_agents (organization_id, id) ON DELETE SET NULL (ai_agent_id),
  FOREIGN KEY (organization_id, team_id) REFERENCES teams (organization_id, id) ON DELETE SET NULL (team_id)
);
COMMENT ON TABLE campaigns IS 'module: campaigns';
CREATE INDEX campaigns_status_idx ON campaigns (organization_id, status) WHERE deleted_at IS NULL;
CALL make_tenant_table('campaigns');
-- The counters move with every call; the audit trail keeps the decisions, not the tallies.
CALL audit_table('campaigns', ignored => '{total_calls,answered,transferred,converted}');

-- Membership, unique per lead, with its own funnel. A member is "calling" from the moment the dialer
-- queued its call (in the same transaction) until that call's end is applied.
CREATE TABLE campaign_members (
  organization_id  uuid NOT NULL,
  campaign_id      uuid NOT NULL,
  lead_id          uuid NOT NULL,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'calling', 'contacted', 'transferred',
                     'converted', 'excluded', 'exhausted')),
  exclusion_reason text CHECK (exclusion_reason IN ('invalid_phone', 'platform_do_not_call', 'do_not_call', 'no_consent',
                     'unknown_time_zone', 'holiday', 'outside_calling_window', 'insufficient_credit', 'lead_unavailable')),
  attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  last_call_id     uuid,
  last_outcome     text CHECK (length(last_outcome) <= 40),
  calling_since    timestamptz,
  added_at         timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, campaign_id, lead_id),
  CHECK ((status = 'excluded') = (exclusion_reason IS NOT NULL)),
  FOREIGN KEY (organization_id, campaign_id) REFERENCES campaigns (organization_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE campaign_members IS 'module: campaigns';
CREATE INDEX campaign_members_due_idx ON campaign_members (organization_id, campaign_id, next_attempt_at)
  WHERE status = 'pending';
CREATE INDEX campaign_members_status_idx ON campaign_members (organization_id, campaign_id, status);
CREATE INDEX campaign_members_lead_idx ON campaign_members (organization_id, lead_id);
CREATE INDEX campaign_members_calling_idx ON campaign_members (organization_id, campaign_id) WHERE status = 'calling';
CALL make_tenant_table('campaign_members');

-- Every refusal of the calling gate (and of credit), with its reason: "excluded" for good, or
-- "deferred" until next_allowed_at (outside the calling window, a holiday, credit running out).
CREATE TABLE campaign_exclusions (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  campaign_id     uuid NOT NULL,
  lead_id         uuid NOT NULL,
  reason          text NOT NULL CHECK (reason IN ('invalid_phone', 'platform_do_not_call', 'do_not_call', 'no_consent',
                    'unknown_time_zone', 'holiday', 'outside_calling_window', 'insufficient_credit', 'lead_unavailable')),
  reasons         text[] NOT NULL,
  outcome         text NOT NULL CHECK (outcome IN ('excluded', 'deferred')),
  next_allowed_at timestamptz,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, campaign_id) REFERENCES campaigns (organization_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE campaign_exclusions IS 'module: campaigns';
CREATE INDEX campaign_exclusions_campaign_idx ON campaign_exclusions (organization_id, campaign_id, reason, id DESC);
CALL make_tenant_table('campaign_exclusions');

-- The dialer runs per organization: those with campaigns to dial or calls to follow.
CREATE FUNCTION organizations_with_campaign_work()
  RETURNS TABLE (organization_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT c.organization_id FROM campaigns c WHERE c.status IN ('scheduled', 'active') AND c.deleted_at IS NULL
    UNION
    SELECT m.organization_id FROM campaign_members m WHERE m.status = 'calling'
$$;
ALTER FUNCTION organizations_with_campaign_work() OWNER TO ${definer_role};
COMMENT ON FUNCTION organizations_with_campaign_work() IS 'module: campaigns';
CREATE POLICY definer_read ON campaigns FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT ON campaigns TO ${definer_role};
CREATE POLICY definer_read ON campaign_members FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT ON campaign_members TO ${definer_role};

-- Calls (seeds 003 call_logs, 004 calls): one row per attempt, its status history, and the raw
-- provider webhooks (seed 004 twilio_processed_calls) that drive it, stored before processing.
CREATE TABLE calls (
  organization_id       uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id                    uuid NOT NULL,
  direction             text NOT NULL CHECK (direction IN ('outbound', 'inbound')),
  provider              text NOT NULL CHECK (provider IN ('simulated', 'twilio', 'plivo', 'bolna', 'asterisk')),
  provider_call_id      text CHECK (length(provider_call_id) <= 200),
  provider_execution_id text CHECK (length(provider_execution_id) <= 200),
  from_number           text CHECK (length(from_number) <= 40),
  to_number             text NOT NULL CHECK (length(to_number) <= 40),
  phone_number_id       uuid,
  lead_id               uuid,
  ai_agent_id           uuid,
  user_id               uuid,
  campaign_id           uuid,
  voice_server_id       uuid,
  status                text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'ringing', 'in_progress', 'completed',
                          'no_answer', 'busy', 'failed', 'voicemail', 'canceled')),
  -- Placing the call with the provider is a job: pending until a dispatcher claims it, sending while
  -- the provider is asked (never retried blindly: a crash there must not dial the person twice).
  dispatch_state        text NOT NULL DEFAULT 'pending' CHECK (dispatch_state IN ('pending', 'sending', 'sent', 'failed', 'none')),
  dispatch_attempts     integer NOT NULL DEFAULT 0,
  dispatch_after        timestamptz NOT NULL DEFAULT now(),
  queued_at             timestamptz NOT NULL DEFAULT now(),
  ringing_at            timestamptz,
  answered_at           timestamptz,
  ended_at              timestamptz,
  duration_seconds      integer CHECK (duration_seconds >= 0),
  recording_url         text CHECK (length(recording_url) <= 2000),
  hangup_reason         text CHECK (length(hangup_reason) <= 300),
  cost_minor            bigint CHECK (cost_minor >= 0),
  cost_currency         text CHECK (cost_currency ~ '^[A-Z]{3}$'),
  credits_used          bigint NOT NULL DEFAULT 0 CHECK (credits_used >= 0),
  transfer_type         text CHECK (transfer_type IN ('warm', 'cold')),
  transfer_reason       text CHECK (length(transfer_reason) <= 500),
  transfer_department   text CHECK (length(transfer_department) <= 100),
  transfer_to           text CHECK (length(transfer_to) <= 200),
  transferred_at        timestamptz,
  metadata              jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
  created_by            uuid,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE SET NULL (lead_id),
  FOREIGN KEY (organization_id, ai_agent_id) REFERENCES ai_agents (organization_id, id) ON DELETE SET NULL (ai_agent_id),
  FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE SET NULL (user_id),
  FOREIGN KEY (organization_id, phone_number_id) REFERENCES phone_numbers (organization_id, id)
    ON DELETE SET NULL (phone_number_id),
  FOREIGN KEY (organization_id, voice_server_id) REFERENCES voice_servers (organization_id, id)
    ON DELETE SET NULL (voice_server_id)
);
COMMENT ON TABLE calls IS 'module: telephony';
CREATE UNIQUE INDEX calls_provider_call_key ON calls (organization_id, provider, provider_call_id)
  WHERE provider_call_id IS NOT NULL;
CREATE INDEX calls_lead_idx ON calls (organization_id, lead_id, id DESC) WHERE lead_id IS NOT NULL;
CREATE INDEX calls_campaign_idx ON calls (organization_id, campaign_id, id DESC) WHERE campaign_id IS NOT NULL;
CREATE INDEX calls_status_idx ON calls (organization_id, status, id DESC);
CREATE INDEX calls_number_idx ON calls (organization_id, phone_number_id, created_at) WHERE phone_number_id IS NOT NULL;
CREATE INDEX calls_dispatch_idx ON calls (organization_id, dispatch_after) WHERE dispatch_state = 'pending';
CREATE INDEX calls_open_idx ON calls (organization_id, queued_at) WHERE status IN ('queued', 'ringing', 'in_progress');
CALL make_tenant_table('calls');

-- The status history of each call; monthly partitions like the other high-volume facts.
CREATE TABLE call_events (
  organization_id  uuid NOT NULL,
  id               uuid NOT NULL,
  call_id          uuid NOT NULL,
  recorded_at      timestamptz NOT NULL DEFAULT now(),
  occurred_at      timestamptz NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('status', 'transfer', 'recording', 'transcript', 'dispatch')),
  status           text CHECK (status IN ('queued', 'ringing', 'in_progress', 'completed', 'no_answer', 'busy', 'failed',
                     'voicemail', 'canceled')),
  -- false when the event arrived too late to change anything (a "ringing" after "completed").
  applied          boolean NOT NULL,
  source           text NOT NULL CHECK (source IN ('provider', 'system', 'user')),
  webhook_event_id uuid,
  details          jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
  PRIMARY KEY (organization_id, id, recorded_at)
) PARTITION BY RANGE (recorded_at);
COMMENT ON TABLE call_events IS 'module: telephony';
CREATE INDEX call_events_call_idx ON call_events (organization_id, call_id, recorded_at);
CALL make_tenant_table('call_events');
CREATE TABLE call_events_default PARTITION OF call_events DEFAULT;
CALL make_tenant_table('call_events_default');
SELECT ensure_monthly_partitions('call_events', 1, 3);
INSERT INTO maintained_partitions VALUES ('call_events');

-- Every webhook as received, before it is processed: nothing is lost when processing fails, and the
-- provider's event key makes a redelivery a no-op. Kept for 30 days after processing.
CREATE TABLE webhook_events (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid NOT NULL,
  provider        text NOT NULL CHECK (provider IN ('simulated', 'twilio', 'plivo', 'bolna', 'asterisk')),
  event_key       text NOT NULL CHECK (length(event_key) <= 300),
  received_at     timestamptz NOT NULL DEFAULT now(),
  content_type    text,
  query           text CHECK (length(query) <= 4000),
  body            text NOT NULL,
  status          text NOT NULL CHECK (status IN ('pending', 'processed', 'failed')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  processed_at    timestamptz,
  last_error      text CHECK (length(last_error) <= 1000),
  call_id         uuid,
  PRIMARY KEY (organization_id, id),
  UNIQUE (organization_id, provider, event_key)
);
COMMENT ON TABLE webhook_events IS 'module: telephony';
CREATE INDEX webhook_events_retry_idx ON webhook_events (organization_id, next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_events_received_idx ON webhook_events (organization_id, received_at) WHERE status = 'processed';
CALL make_tenant_table('webhook_events');

-- The background jobs (dispatch, webhook retries, stale-call reconciliation) run per organization.
CREATE FUNCTION organizations_with_telephony_work()
  RETURNS TABLE (organization_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT c.organization_id FROM calls c WHERE c.dispatch_state IN ('pending', 'sending')
    UNION
    SELECT c.organization_id FROM calls c WHERE c.status IN ('queued', 'ringing', 'in_progress')
    UNION
    SELECT w.organization_id FROM webhook_events w WHERE w.status = 'pending'
$$;
ALTER FUNCTION organizations_with_telephony_work() OWNER TO ${definer_role};
COMMENT ON FUNCTION organizations_with_telephony_work() IS 'module: telephony';
CREATE POLICY definer_read ON calls FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT ON calls TO ${definer_role};
CREATE POLICY definer_read ON webhook_events FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT ON webhook_events TO ${definer_role};

-- Inbound calls arrive for a number before anyone knows the tenant: the number answers that.
CREATE FUNCTION phone_number_owner(p_number text)
  RETURNS TABLE (organization_id uuid, phone_number_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT n.organization_id, n.id FROM phone_numbers n WHERE n.phone_number = p_number AND n.active
$$;
ALTER FUNCTION phone_number_owner(text) OWNER TO ${definer_role};
COMMENT ON FUNCTION phone_number_owner(text) IS 'module: telephony';
CREATE POLICY definer_read ON phone_numbers FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT ON phone_numbers TO ${definer_role};

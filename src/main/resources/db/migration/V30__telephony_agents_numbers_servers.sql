-- Telephony configuration per organization: provider accounts, AI voice agents (seed 004 agents),
-- phone numbers (seed 004 phone_numbers) and voice streaming servers (seed 003 websocket_servers).

-- One account per provider and organization: non-secret settings in config, the provider's auth
-- token and the webhook signing secret encrypted (AES-GCM, bound to the organization).
CREATE TABLE voice_provider_accounts (
  organization_id          uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  provider                 text NOT NULL CHECK (provider IN ('simulated', 'twilio', 'plivo', 'bolna', 'asterisk')),
  enabled                  boolean NOT NULL DEFAULT true,
  config                   jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(config) = 'object'),
  auth_token_encrypted     bytea,
  webhook_secret_encrypted bytea,
  created_at               timestamptz NOT NULL DEFAULT now(),
  updated_at               timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, provider)
);
COMMENT ON TABLE voice_provider_accounts IS 'module: telephony';
CALL make_tenant_table('voice_provider_accounts');

CREATE TABLE ai_agents (
  organization_id   uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id                uuid NOT NULL,
  name              text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  description       text CHECK (length(description) <= 2000),
  agent_type        text NOT NULL DEFAULT 'call' CHECK (agent_type IN ('call', 'chat')),
  provider          text NOT NULL DEFAULT 'simulated' CHECK (provider IN ('simulated', 'twilio', 'plivo', 'bolna', 'asterisk')),
  provider_agent_id text CHECK (length(provider_agent_id) <= 200),
  voice_config      jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(voice_config) = 'object'),
  llm_config        jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(llm_config) = 'object'),
  task_config       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(task_config) = 'object'),
  webhook_url       text CHECK (webhook_url ~ '^https?://' AND length(webhook_url) <= 2000),
  active            boolean NOT NULL DEFAULT true,
  created_by        uuid,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  deleted_at        timestamptz,
  PRIMARY KEY (organization_id, id),
  -- A real provider needs to know which of its agents runs the call; the simulator does not.
  CHECK (provider = 'simulated' OR provider_agent_id IS NOT NULL)
);
COMMENT ON TABLE ai_agents IS 'module: telephony';
CREATE UNIQUE INDEX ai_agents_name_key ON ai_agents (organization_id, lower(name)) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX ai_agents_provider_agent_key ON ai_agents (organization_id, provider, provider_agent_id)
  WHERE deleted_at IS NULL AND provider_agent_id IS NOT NULL;
CALL make_tenant_table('ai_agents');
CALL audit_table('ai_agents');

CREATE TABLE phone_numbers (
  organization_id     uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id                  uuid NOT NULL,
  name                text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  phone_number        text NOT NULL CHECK (phone_number ~ '^\+[1-9][0-9]{6,14}$'),
  provider            text NOT NULL CHECK (provider IN ('simulated', 'twilio', 'plivo', 'bolna', 'asterisk')),
  provider_number_id  text CHECK (length(provider_number_id) <= 200),
  assigned_user_id    uuid,
  assigned_ai_agent_id uuid,
  active              boolean NOT NULL DEFAULT true,
  created_by          uuid,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  CHECK (assigned_user_id IS NULL OR assigned_ai_agent_id IS NULL),
  FOREIGN KEY (organization_id, assigned_user_id) REFERENCES users (organization_id, id) ON DELETE SET NULL (assigned_user_id),
  FOREIGN KEY (organization_id, assigned_ai_agent_id) REFERENCES ai_agents (organization_id, id)
    ON DELETE SET NULL (assigned_ai_agent_id)
);
COMMENT ON TABLE phone_numbers IS 'module: telephony';
-- A number rings in one place: at most one active record per number on the whole platform.
CREATE UNIQUE INDEX phone_numbers_active_key ON phone_numbers (phone_number) WHERE active;
CREATE INDEX phone_numbers_org_number_idx ON phone_numbers (organization_id, phone_number);
CALL make_tenant_table('phone_numbers');
CALL audit_table('phone_numbers');

CREATE TABLE voice_servers (
  organization_id  uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id               uuid NOT NULL,
  name             text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  url              text NOT NULL CHECK (url ~ '^wss?://' AND length(url) <= 2000),
  priority         integer NOT NULL DEFAULT 0 CHECK (priority BETWEEN -1000 AND 1000),
  active           boolean NOT NULL DEFAULT true,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'failed')),
  last_verified_at timestamptz,
  last_error       text CHECK (length(last_error) <= 500),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id)
);
COMMENT ON TABLE voice_servers IS 'module: telephony';
CREATE UNIQUE INDEX voice_servers_name_key ON voice_servers (organization_id, lower(name));
CREATE INDEX voice_servers_choice_idx ON voice_servers (organization_id, priority DESC) WHERE active AND status = 'verified';
CALL make_tenant_table('voice_servers');
CALL audit_table('voice_servers', ignored => '{status,last_verified_at,last_error}');
CALL audit_table('voice_provider_accounts', secret => '{auth_token_encrypted,webhook_secret_encrypted}',
                 key_columns => '{organization_id,provider}');

-- The verification job runs per organization.
CREATE FUNCTION organizations_with_voice_servers()
  RETURNS TABLE (organization_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT DISTINCT s.organization_id FROM voice_servers s WHERE s.active
$$;
ALTER FUNCTION organizations_with_voice_servers() OWNER TO ${definer_role};
COMMENT ON FUNCTION organizations_with_voice_servers() IS 'module: telephony';
CREATE POLICY definer_read ON voice_servers FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT ON voice_servers TO ${definer_role};

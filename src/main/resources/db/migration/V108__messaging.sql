-- Messaging (module messaging): provider accounts per organization and channel, templates with
-- versions, the messages sent to leads with every status event a provider reported, inbound
-- replies, and per-channel opt-outs. Consent to be messaged stays in the compliance ledger
-- (lead_consents), which gains a channel and a purpose here: the AI-call consent of before is the
-- channel 'voice' with the purpose 'ai_calls'.

ALTER TABLE lead_consents
  ADD COLUMN channel text NOT NULL DEFAULT 'voice' CHECK (channel IN ('voice', 'email', 'sms', 'whatsapp')),
  ADD COLUMN purpose text NOT NULL DEFAULT 'ai_calls' CHECK (purpose IN ('ai_calls', 'marketing', 'transactional'));
DROP INDEX lead_consents_active_idx;
CREATE INDEX lead_consents_active_idx ON lead_consents (organization_id, lead_id, channel, purpose) WHERE revoked_at IS NULL;

-- The organization's messaging window, in minutes of the lead's local day (quiet hours outside
-- it); minutes rather than times so that a window can end at midnight (1440).
CREATE TABLE messaging_settings (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  window_start    integer NOT NULL DEFAULT 480 CHECK (window_start BETWEEN 0 AND 1439),
  window_end      integer NOT NULL DEFAULT 1260 CHECK (window_end BETWEEN 1 AND 1440),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id),
  CHECK (window_start < window_end)
);
COMMENT ON TABLE messaging_settings IS 'module: messaging';
CALL make_tenant_table('messaging_settings');
CALL audit_table('messaging_settings', key_columns => '{organization_id}');

-- One provider account per channel; a channel without one uses the simulated provider. Secrets are
-- sealed (SecretBox, bound to the organization and channel) and never read back through the API.
CREATE TABLE messaging_providers (
  organization_id   uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id                uuid NOT NULL,
  channel           text NOT NULL CHECK (channel IN ('email', 'sms', 'whatsapp', 'slack')),
  kind              text NOT NULL CHECK (kind IN ('simulated', 'smtp', 'twilio', 'plivo', 'whatsapp_cloud', 'slack_webhook')),
  config            jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(config) = 'object'),
  secrets_sealed    bytea,
  per_minute        integer NOT NULL DEFAULT 600 CHECK (per_minute BETWEEN 1 AND 100000),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  UNIQUE (organization_id, channel)
);
COMMENT ON TABLE messaging_providers IS 'module: messaging';
CALL make_tenant_table('messaging_providers');
CALL audit_table('messaging_providers');

CREATE TABLE messaging_templates (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid NOT NULL,
  name            text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
  channel         text NOT NULL CHECK (channel IN ('email', 'sms', 'whatsapp', 'slack')),
  language        text NOT NULL CHECK (language ~ '^[a-z]{2}(-[A-Z]{2})?$'),
  subject         text CHECK (length(subject) <= 300),
  body            text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 5000),
  variables       text[] NOT NULL DEFAULT '{}',
  category        text CHECK (category IN ('marketing', 'utility', 'authentication')),
  approval        text NOT NULL DEFAULT 'approved' CHECK (approval IN ('pending', 'approved', 'rejected')),
  version         integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_by      uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  deleted_at      timestamptz,
  PRIMARY KEY (organization_id, id)
);
COMMENT ON TABLE messaging_templates IS 'module: messaging';
CREATE UNIQUE INDEX messaging_templates_name_key
  ON messaging_templates (organization_id, channel, language, lower(name)) WHERE deleted_at IS NULL;
CALL make_tenant_table('messaging_templates');
CALL audit_table('messaging_templates');

-- Every version a template had: a message names the version it was rendered from.
CREATE TABLE messaging_template_versions (
  organization_id uuid NOT NULL,
  template_id     uuid NOT NULL,
  version         integer NOT NULL,
  subject         text,
  body            text NOT NULL,
  variables       text[] NOT NULL,
  approval        text NOT NULL,
  changed_by      uuid,
  changed_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, template_id, version),
  FOREIGN KEY (organization_id, template_id) REFERENCES messaging_templates (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE messaging_template_versions IS 'module: messaging';
CALL make_tenant_table('messaging_template_versions');

-- A message to a lead (or, on slack, about a lead to the team's channel). status only moves
-- forward (MessageStatus in Java); failed and undelivered carry the provider's code and a reason.
-- pii: recipient, subject, body
CREATE TABLE messages (
  organization_id     uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id                  uuid NOT NULL,
  lead_id             uuid NOT NULL,
  channel             text NOT NULL CHECK (channel IN ('email', 'sms', 'whatsapp', 'slack')),
  direction           text NOT NULL DEFAULT 'outbound' CHECK (direction IN ('outbound', 'inbound')),
  purpose             text CHECK (purpose IN ('marketing', 'transactional')),
  provider            text NOT NULL,
  recipient           text NOT NULL,
  template_id         uuid,
  template_version    integer,
  subject             text,
  body                text NOT NULL,
  status              text NOT NULL CHECK (status IN ('scheduled', 'queued', 'sending', 'sent', 'delivered', 'read', 'received', 'failed', 'undelivered', 'expired')),
  provider_message_id text,
  provider_code       text,
  reason              text,
  send_at             timestamptz,
  sent_at             timestamptz,
  expires_at          timestamptz,
  created_by          uuid,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organization_id, template_id, template_version)
    REFERENCES messaging_template_versions (organization_id, template_id, version)
);
COMMENT ON TABLE messages IS 'module: messaging';
CREATE INDEX messages_lead_idx ON messages (organization_id, lead_id, id DESC);
-- a reply finds the lead last messaged at its address
CREATE INDEX messages_recipient_idx ON messages (organization_id, channel, recipient, id DESC);
CREATE UNIQUE INDEX messages_provider_id_key ON messages (organization_id, provider, provider_message_id);
CREATE INDEX messages_open_idx ON messages (expires_at) WHERE status IN ('queued', 'sending', 'sent');
CALL make_tenant_table('messages');

-- Every status a provider reported for a message, applied or not (a late 'sent' after
-- 'delivered' is kept with applied = false). The provider's event id makes a redelivered webhook
-- change nothing.
CREATE TABLE message_events (
  organization_id   uuid NOT NULL,
  id                uuid NOT NULL,
  message_id        uuid NOT NULL,
  status            text NOT NULL,
  applied           boolean NOT NULL,
  provider_event_id text NOT NULL,
  provider_code     text,
  reason            text,
  at                timestamptz NOT NULL,
  received_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  UNIQUE (organization_id, provider_event_id),
  FOREIGN KEY (organization_id, message_id) REFERENCES messages (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE message_events IS 'module: messaging';
CREATE INDEX message_events_message_idx ON message_events (organization_id, message_id, id);
CALL make_tenant_table('message_events');

-- An address that asked not to be messaged on a channel (STOP); START removes it.
-- pii: address
CREATE TABLE messaging_opt_outs (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  channel         text NOT NULL CHECK (channel IN ('email', 'sms', 'whatsapp')),
  address         text NOT NULL,
  keyword         text,
  opted_out_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, channel, address)
);
COMMENT ON TABLE messaging_opt_outs IS 'module: messaging';
CALL make_tenant_table('messaging_opt_outs');

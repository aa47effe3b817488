-- Accounts a security team signs off: e-mail tokens, the mail outbox, TOTP 2FA, API keys, custom
-- roles, organization security settings, external (OpenID Connect) identities, sign-in throttling.

-- Custom roles: a named set of permission codes, assignable beside the built-in roles.
CREATE TABLE custom_roles (
  organization_id uuid   NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid   NOT NULL,
  name            text   NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
  description     text   CHECK (length(description) <= 1000),
  permissions     text[] NOT NULL CHECK (cardinality(permissions) <= 100),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id)
);
COMMENT ON TABLE custom_roles IS 'module: identity';
CREATE UNIQUE INDEX custom_roles_name_key ON custom_roles (organization_id, lower(name));
CALL make_tenant_table('custom_roles');

ALTER TABLE users ADD COLUMN custom_role_id uuid;
ALTER TABLE users ADD CONSTRAINT users_custom_role_fk FOREIGN KEY (organization_id, custom_role_id)
  REFERENCES custom_roles (organization_id, id);

-- Per organization: who must use 2FA, and from which addresses its members may connect.
CREATE TABLE organization_security (
  organization_id   uuid   NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  two_factor_policy text   NOT NULL DEFAULT 'off' CHECK (two_factor_policy IN ('off', 'admins', 'everyone')),
  ip_allowlist      text[] NOT NULL DEFAULT '{}' CHECK (cardinality(ip_allowlist) <= 200),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id)
);
COMMENT ON TABLE organization_security IS 'module: identity';
CALL make_tenant_table('organization_security');

-- One-time links sent by e-mail (verify the address, reset the password): hashed, expiring.
CREATE TABLE user_email_tokens (
  organization_id uuid  NOT NULL,
  id              uuid  NOT NULL,
  user_id         uuid  NOT NULL,
  purpose         text  NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
  token_hash      bytea NOT NULL,
  expires_at      timestamptz NOT NULL,
  used_at         timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE user_email_tokens IS 'module: identity';
CREATE UNIQUE INDEX user_email_tokens_hash_key ON user_email_tokens (organization_id, token_hash);
CALL make_tenant_table('user_email_tokens');

-- Mail is written here in the transaction that causes it and sent by a scheduled job, so a crash
-- never loses one. The job finds organizations with due mail through mail_outbox_due(), then
-- claims rows with FOR UPDATE SKIP LOCKED under that organization's row-level security.
CREATE TABLE mail_outbox (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  recipient       text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
  subject         text NOT NULL CHECK (length(subject) <= 300),
  body            text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('verify_email', 'reset_password', 'invitation')),
  status          text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts        int  NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error      text CHECK (length(last_error) <= 2000),
  sent_at         timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id)
);
COMMENT ON TABLE mail_outbox IS 'module: identity';
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'queued';
CALL make_tenant_table('mail_outbox');
CREATE POLICY definer_read ON mail_outbox FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT ON mail_outbox TO ${definer_role};

CREATE FUNCTION mail_outbox_due(max_organizations int)
  RETURNS TABLE (organization_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT DISTINCT m.organization_id FROM mail_outbox m
    WHERE m.status = 'queued' AND m.next_attempt_at <= now()
    LIMIT max_organizations
$$;
ALTER FUNCTION mail_outbox_due(int) OWNER TO ${definer_role};
COMMENT ON FUNCTION mail_outbox_due(int) IS 'module: identity';

-- TOTP (RFC 6238): the secret is encrypted by the application (AES-GCM, key derived from the
-- master key, bound to the organization and user); last_used_step refuses a replayed code.
CREATE TABLE user_totp (
  organization_id   uuid  NOT NULL,
  user_id           uuid  NOT NULL,
  secret_ciphertext bytea NOT NULL,
  confirmed_at      timestamptz,
  last_used_step    bigint,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, user_id),
  FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE user_totp IS 'module: identity';
CALL make_tenant_table('user_totp');

CREATE TABLE user_recovery_codes (
  organization_id uuid  NOT NULL,
  id              uuid  NOT NULL,
  user_id         uuid  NOT NULL,
  code_hash       bytea NOT NULL,
  used_at         timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE user_recovery_codes IS 'module: identity';
CREATE INDEX user_recovery_codes_user_idx ON user_recovery_codes (organization_id, user_id);
CALL make_tenant_table('user_recovery_codes');

-- A password (or single sign-on) check that passed, waiting for the second factor or for
-- enrolment when the organization requires 2FA. Short-lived, single use, limited attempts.
CREATE TABLE two_factor_challenges (
  organization_id uuid  NOT NULL,
  id              uuid  NOT NULL,
  user_id         uuid  NOT NULL,
  token_hash      bytea NOT NULL,
  purpose         text  NOT NULL CHECK (purpose IN ('verify', 'enrol')),
  attempts        int   NOT NULL DEFAULT 0,
  expires_at      timestamptz NOT NULL,
  used_at         timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE two_factor_challenges IS 'module: identity';
CREATE UNIQUE INDEX two_factor_challenges_hash_key ON two_factor_challenges (organization_id, token_hash);
CALL make_tenant_table('two_factor_challenges');

-- API keys: only hashes are stored. A rotated key's previous secret keeps working until
-- previous_valid_until (the grace period).
CREATE TABLE api_keys (
  organization_id      uuid   NOT NULL,
  id                   uuid   NOT NULL,
  name                 text   NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
  prefix               text   NOT NULL CHECK (length(prefix) <= 20),
  secret_hash          bytea  NOT NULL,
  previous_prefix      text   CHECK (length(previous_prefix) <= 20),
  previous_secret_hash bytea,
  previous_valid_until timestamptz,
  scopes               text[] NOT NULL CHECK (cardinality(scopes) BETWEEN 1 AND 100),
  created_by           uuid   NOT NULL,
  expires_at           timestamptz,
  last_used_at         timestamptz,
  last_used_ip         text   CHECK (length(last_used_ip) <= 64),
  revoked_at           timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, created_by) REFERENCES users (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE api_keys IS 'module: identity';
CREATE UNIQUE INDEX api_keys_secret_key ON api_keys (organization_id, secret_hash);
CREATE INDEX api_keys_previous_idx ON api_keys (organization_id, previous_secret_hash)
  WHERE previous_secret_hash IS NOT NULL;
CALL make_tenant_table('api_keys');

-- Accounts at external OpenID Connect providers linked to users (provider + subject is unique on
-- the platform).
CREATE TABLE user_identities (
  organization_id  uuid NOT NULL,
  id               uuid NOT NULL,
  user_id          uuid NOT NULL,
  provider         text NOT NULL CHECK (provider ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
  subject          text NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
  email            text CHECK (length(email) <= 254),
  last_sign_in_at  timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE user_identities IS 'module: identity';
CREATE UNIQUE INDEX user_identities_subject_key ON user_identities (provider, subject);
CALL make_tenant_table('user_identities');
CREATE POLICY definer_read ON user_identities FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT ON user_identities TO ${definer_role};

CREATE FUNCTION external_identity_lookup(p_provider text, p_subject text)
  RETURNS TABLE (organization_id uuid, user_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT i.organization_id, i.user_id FROM user_identities i
    WHERE i.provider = p_provider AND i.subject = p_subject
$$;
ALTER FUNCTION external_identity_lookup(text, text) OWNER TO ${definer_role};
COMMENT ON FUNCTION external_identity_lookup(text, text) IS 'module: identity';

-- Failed sign-in counters, per account and per client address, shared by every node. Platform
-- wide on purpose: they apply before the organization is known. Keys are SHA-256 hashes, so the
-- table holds no e-mail addresses.
CREATE TABLE sign_in_throttle (
  key_hash          bytea PRIMARY KEY,
  failures          int   NOT NULL DEFAULT 0,
  window_started_at timestamptz NOT NULL DEFAULT now(),
  lockouts          int   NOT NULL DEFAULT 0,
  locked_until      timestamptz,
  last_failure_at   timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE sign_in_throttle IS 'module: identity';

CALL audit_table('custom_roles');
CALL audit_table('organization_security', key_columns => '{organization_id}');
CALL audit_table('api_keys', secret => '{secret_hash,previous_secret_hash}', ignored => '{last_used_at,last_used_ip}');
CALL audit_table('user_identities', ignored => '{last_sign_in_at}');

CREATE TABLE users (
  organization_id   uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id                uuid NOT NULL,
  email             text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  name              text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  password_hash     text,
  role              text NOT NULL CHECK (role IN ('super_admin', 'admin', 'manager', 'supervisor', 'agent')),
  status            text NOT NULL DEFAULT 'active' CHECK (status IN ('invited', 'active', 'deactivated')),
  timezone          text NOT NULL DEFAULT 'UTC',
  preferences       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(preferences) = 'object'),
  avatar_url        text CHECK (avatar_url IS NULL OR length(avatar_url) <= 2000),
  phone             text,
  email_verified_at timestamptz,
  last_login_at     timestamptz,
  deactivated_at    timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id)
);
COMMENT ON TABLE users IS 'module: identity';
-- An e-mail address identifies one user on the whole platform.
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_org_role_idx ON users (organization_id, role);
CALL make_tenant_table('users');
CREATE POLICY definer_read ON users FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT ON users TO ${definer_role};

-- Sign-in starts from an e-mail address, before the organization is known: this narrow lookup
-- answers only which organization and user an address belongs to.
CREATE FUNCTION sign_in_lookup(address text)
  RETURNS TABLE (organization_id uuid, user_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT u.organization_id, u.id FROM users u WHERE u.email = lower(address)
$$;
ALTER FUNCTION sign_in_lookup(text) OWNER TO ${definer_role};
COMMENT ON FUNCTION sign_in_lookup(text) IS 'module: identity';

-- A session is one refresh-token family: every rotation stays in it, and reuse of a rotated token
-- revokes the whole session.
CREATE TABLE user_sessions (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  user_id         uuid NOT NULL,
  ip_address      text CHECK (length(ip_address) <= 64),
  user_agent      text CHECK (length(user_agent) <= 1000),
  created_at      timestamptz NOT NULL DEFAULT now(),
  last_seen_at    timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  revoked_at      timestamptz,
  revoked_reason  text CHECK (revoked_reason IN ('sign_out', 'token_reuse', 'user_deactivated', 'admin', 'password_reset', 'user_revoked')),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE user_sessions IS 'module: identity';
CREATE INDEX user_sessions_user_idx ON user_sessions (organization_id, user_id);
CALL make_tenant_table('user_sessions');

CREATE TABLE refresh_tokens (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  session_id      uuid NOT NULL,
  token_hash      bytea NOT NULL,
  status          text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'rotated', 'revoked')),
  issued_at       timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  rotated_at      timestamptz,
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, session_id) REFERENCES user_sessions (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE refresh_tokens IS 'module: identity';
CREATE UNIQUE INDEX refresh_tokens_hash_key ON refresh_tokens (organization_id, token_hash);
CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (organization_id, session_id);
CALL make_tenant_table('refresh_tokens');

-- Invitations: single use, stored hashed, expiring.
CREATE TABLE user_invitations (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  user_id         uuid NOT NULL,
  token_hash      bytea NOT NULL,
  invited_by      uuid,
  expires_at      timestamptz NOT NULL,
  accepted_at     timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE user_invitations IS 'module: identity';
CREATE UNIQUE INDEX user_invitations_hash_key ON user_invitations (organization_id, token_hash);
CALL make_tenant_table('user_invitations');

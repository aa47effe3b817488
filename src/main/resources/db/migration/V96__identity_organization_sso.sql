-- Each organization's own OpenID Connect provider for single sign-on (one per organization). The
-- client secret is sealed by the application (SecretBox, bound to the organization) and never read
-- back by the API.
-- pii: none (the allowed e-mail domains are the organization's, not a person's)
CREATE TABLE organization_sso (
  organization_id         uuid    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  issuer_uri              text    NOT NULL CHECK (issuer_uri ~ '^https?://' AND length(issuer_uri) <= 500),
  client_id               text    NOT NULL CHECK (length(btrim(client_id)) BETWEEN 1 AND 255),
  client_secret_encrypted bytea   NOT NULL,
  enabled                 boolean NOT NULL DEFAULT true,
  allowed_email_domains   text[]  NOT NULL DEFAULT '{}' CHECK (cardinality(allowed_email_domains) <= 50),
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id)
);
COMMENT ON TABLE organization_sso IS 'module: identity';
CALL make_tenant_table('organization_sso');
CALL audit_table('organization_sso', secret => '{client_secret_encrypted}', key_columns => '{organization_id}');

-- "Sign in with SSO" asks for the organization before any tenant is known: an organization id or
-- an e-mail domain one of them lists finds the organizations whose single sign-on is enabled.
CREATE POLICY definer_read ON organization_sso FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT ON organization_sso TO ${definer_role};

CREATE FUNCTION organization_sso_lookup(p_key text)
  RETURNS TABLE (organization_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.organization_id FROM organization_sso s
    WHERE s.enabled
      AND (s.organization_id::text = lower(p_key) OR lower(p_key) = ANY (s.allowed_email_domains))
$$;
ALTER FUNCTION organization_sso_lookup(text) OWNER TO ${definer_role};
COMMENT ON FUNCTION organization_sso_lookup(text) IS 'module: identity';

CREATE TABLE organizations (
  id                uuid PRIMARY KEY,
  name              text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  subscription_tier text NOT NULL DEFAULT 'free'
                    CHECK (subscription_tier IN ('free', 'starter', 'professional', 'enterprise')),
  billing_email     text CHECK (billing_email IS NULL OR length(billing_email) <= 254),
  default_region    text NOT NULL DEFAULT 'US' CHECK (default_region ~ '^[A-Z]{2}$'),
  timezone          text NOT NULL DEFAULT 'UTC',
  settings          jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(settings) = 'object'),
  status            text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE organizations IS 'module: tenancy';

-- The organization row is the tenant itself: a session sees only its own.
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON organizations
  USING (id = nullif(current_setting('app.organization_id', true), '')::uuid)
  WITH CHECK (id = nullif(current_setting('app.organization_id', true), '')::uuid);
CREATE POLICY definer_read ON organizations FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT ON organizations TO ${definer_role};
CREATE TRIGGER set_updated_at BEFORE UPDATE ON organizations FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- The platform operator's organization switcher lists every organization.
CREATE FUNCTION platform_organizations()
  RETURNS TABLE (id uuid, name text, status text, created_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT o.id, o.name, o.status, o.created_at FROM organizations o ORDER BY o.name, o.id
$$;
ALTER FUNCTION platform_organizations() OWNER TO ${definer_role};
COMMENT ON FUNCTION platform_organizations() IS 'module: tenancy';

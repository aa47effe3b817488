-- Switchboard runs its queries as ${app_role}: no superuser, no BYPASSRLS, owns nothing, so the
-- row-level security policies below bind it. The migrating (owner) role switches to it with SET ROLE.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${app_role}') THEN
    CREATE ROLE ${app_role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
  -- Owns the few SECURITY DEFINER functions that must look across organizations (sign-in by
  -- e-mail, the platform operator's organization list). Its policies allow reads only.
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${definer_role}') THEN
    CREATE ROLE ${definer_role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;

GRANT ${app_role} TO CURRENT_USER;
GRANT ${definer_role} TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO ${app_role}, ${definer_role};
-- Owning a function needs CREATE on its schema; the definer role cannot log in.
GRANT CREATE ON SCHEMA public TO ${definer_role};

-- Every table created from here on is readable and writable by the application role, but never
-- TRUNCATE-able (TRUNCATE ignores row-level security).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;

-- Makes a table tenant-owned: row-level security enabled and forced (the owner is bound too), one
-- policy on app.organization_id for reads and writes, and updated_at maintained by a trigger.
CREATE PROCEDURE make_tenant_table(tbl regclass) LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format(
    $p$CREATE POLICY tenant_isolation ON %s
         USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid)
         WITH CHECK (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid)$p$,
    tbl);
  IF EXISTS (SELECT FROM pg_attribute WHERE attrelid = tbl AND attname = 'updated_at' AND NOT attisdropped) THEN
    EXECUTE format('CREATE TRIGGER set_updated_at BEFORE UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION set_updated_at()', tbl);
  END IF;
END $$;

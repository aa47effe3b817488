-- Do-not-call lists: one per organization (a tenant table) and one for the whole platform, kept by
-- the platform operator. Numbers are stored in E.164, so a lookup is an exact match.

-- CSV imports into an organization's list: the counts always account for every data row
-- (rows = added + duplicates + invalid), and each rejected row is kept with its line and reason.
CREATE TABLE dnc_imports (
  organization_id uuid    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid    NOT NULL,
  file_name       text    NOT NULL CHECK (length(file_name) BETWEEN 1 AND 300),
  rows            integer NOT NULL CHECK (rows >= 0),
  added           integer NOT NULL CHECK (added >= 0),
  duplicates      integer NOT NULL CHECK (duplicates >= 0),
  invalid         integer NOT NULL CHECK (invalid >= 0),
  problems        jsonb   NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(problems) = 'array'),
  created_by      uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  FOREIGN KEY (organization_id, created_by) REFERENCES users (organization_id, id) ON DELETE SET NULL (created_by),
  CHECK (rows = added + duplicates + invalid)
);
COMMENT ON TABLE dnc_imports IS 'module: compliance';
CALL make_tenant_table('dnc_imports');

CREATE TABLE do_not_call (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid NOT NULL,
  phone           text NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  reason          text CHECK (length(reason) <= 500),
  source          text NOT NULL CHECK (source IN ('manual', 'import', 'call_request', 'transcript')),
  added_by        uuid,
  import_id       uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  UNIQUE (organization_id, phone),
  FOREIGN KEY (organization_id, added_by) REFERENCES users (organization_id, id) ON DELETE SET NULL (added_by),
  FOREIGN KEY (organization_id, import_id) REFERENCES dnc_imports (organization_id, id) ON DELETE SET NULL (import_id)
);
COMMENT ON TABLE do_not_call IS 'module: compliance';
CREATE INDEX do_not_call_text_trgm ON do_not_call USING gin ((phone || ' ' || lower(coalesce(reason, ''))) gin_trgm_ops);
CALL make_tenant_table('do_not_call');
-- Imports write their rows with the audit trail's bulk mode and one summary entry.
CALL audit_table('do_not_call');
CALL audit_table('dnc_imports', ignored => '{problems}');

-- The platform-wide list holds numbers no organization may call. It has no organization: every
-- organization's dialer reads it, so the application role may SELECT it, but it may not change it.
-- Changes go through the two SECURITY DEFINER functions below, which also check that the
-- transaction's actor (app.actor_id, set from the signed-in user) is an active platform super admin.
CREATE TABLE platform_do_not_call (
  id         uuid PRIMARY KEY,
  phone      text NOT NULL UNIQUE CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  reason     text CHECK (length(reason) <= 500),
  source     text NOT NULL CHECK (source IN ('manual', 'import', 'call_request', 'transcript')),
  added_by   uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE platform_do_not_call IS 'module: compliance';
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON platform_do_not_call FROM ${app_role};
GRANT SELECT, INSERT, DELETE ON platform_do_not_call TO ${definer_role};

CREATE FUNCTION platform_dnc_require_operator() RETURNS void
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF coalesce(current_setting('app.actor_type', true), '') <> 'user' OR NOT EXISTS (
       SELECT FROM users u
        WHERE u.id = nullif(current_setting('app.actor_id', true), '')::uuid
          AND u.role = 'super_admin' AND u.status = 'active') THEN
    RAISE EXCEPTION 'only a signed-in platform super admin may change the platform do-not-call list'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
END $$;
ALTER FUNCTION platform_dnc_require_operator() OWNER TO ${definer_role};
REVOKE ALL ON FUNCTION platform_dnc_require_operator() FROM PUBLIC;

-- Adds a number; answers false when it is listed already (nothing changes then).
CREATE FUNCTION platform_dnc_add(p_id uuid, p_phone text, p_reason text, p_source text) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM platform_dnc_require_operator();
  INSERT INTO platform_do_not_call (id, phone, reason, source, added_by)
  VALUES (p_id, p_phone, p_reason, p_source, nullif(current_setting('app.actor_id', true), '')::uuid)
  ON CONFLICT (phone) DO NOTHING;
  RETURN FOUND;
END $$;
ALTER FUNCTION platform_dnc_add(uuid, text, text, text) OWNER TO ${definer_role};
COMMENT ON FUNCTION platform_dnc_add(uuid, text, text, text) IS 'module: compliance';

-- Removes an entry; answers its phone number, or null when there is no such entry.
CREATE FUNCTION platform_dnc_remove(p_id uuid) RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  removed text;
BEGIN
  PERFORM platform_dnc_require_operator();
  DELETE FROM platform_do_not_call WHERE id = p_id RETURNING phone INTO removed;
  RETURN removed;
END $$;
ALTER FUNCTION platform_dnc_remove(uuid) OWNER TO ${definer_role};
COMMENT ON FUNCTION platform_dnc_remove(uuid) IS 'module: compliance';

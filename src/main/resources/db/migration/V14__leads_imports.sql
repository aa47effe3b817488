-- CSV imports: the uploaded file and its parsed, normalized rows are staged in the database at
-- preview time; the commit job moves valid rows into leads in batches, each batch in one
-- transaction with the progress, so a crash resumes from the last committed batch.
CREATE TABLE lead_imports (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid NOT NULL,
  status          text NOT NULL CHECK (status IN ('previewed', 'running', 'completed', 'failed', 'undone')),
  file_name       text NOT NULL CHECK (length(file_name) <= 300),
  file_bytes      bigint NOT NULL,
  delimiter       text NOT NULL CHECK (length(delimiter) = 1),
  mapping         jsonb NOT NULL CHECK (jsonb_typeof(mapping) = 'object'),
  headers         text[] NOT NULL,
  rows_total      integer NOT NULL DEFAULT 0,
  rows_valid      integer NOT NULL DEFAULT 0,
  rows_invalid    integer NOT NULL DEFAULT 0,
  rows_duplicate  integer NOT NULL DEFAULT 0,
  rows_imported   integer NOT NULL DEFAULT 0,
  rows_processed  integer NOT NULL DEFAULT 0,
  resume_after_row integer NOT NULL DEFAULT 0,
  skip_duplicates boolean NOT NULL DEFAULT true,
  error           text,
  created_by      uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  started_at      timestamptz,
  finished_at     timestamptz,
  heartbeat_at    timestamptz,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id)
);
COMMENT ON TABLE lead_imports IS 'module: leads';
CREATE INDEX lead_imports_running_idx ON lead_imports (status, heartbeat_at) WHERE status = 'running';
CALL make_tenant_table('lead_imports');

-- Unlogged: staging is rewritten from the file if lost. PostgreSQL empties unlogged tables after a
-- crash of its own; the import then notices the missing rows and is rolled back, never half-done.
CREATE UNLOGGED TABLE lead_import_rows (
  organization_id uuid NOT NULL,
  import_id       uuid NOT NULL,
  row_no          integer NOT NULL,
  outcome         text NOT NULL CHECK (outcome IN ('valid', 'invalid', 'duplicate')),
  reason          text,
  raw             text[],
  lead_id         uuid NOT NULL,
  name            text,
  email           text,
  phone           text,
  phone_region    text,
  timezone        text,
  company         text,
  linkedin_url    text,
  status          text,
  temperature     text,
  score           integer,
  expected_close_date date,
  custom_fields   jsonb,
  PRIMARY KEY (organization_id, import_id, row_no),
  FOREIGN KEY (organization_id, import_id) REFERENCES lead_imports (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE lead_import_rows IS 'module: leads';
CALL make_tenant_table('lead_import_rows');

-- Column mappings remembered per organization, by the file's header line.
CREATE TABLE lead_import_mappings (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  header_key      text NOT NULL,
  mapping         jsonb NOT NULL CHECK (jsonb_typeof(mapping) = 'object'),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, header_key)
);
COMMENT ON TABLE lead_import_mappings IS 'module: leads';
CALL make_tenant_table('lead_import_mappings');

-- The maintenance jobs run per organization: these answer which organizations have work, without
-- reading anything else across tenants.
CREATE FUNCTION organizations_with_running_imports()
  RETURNS TABLE (organization_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT DISTINCT i.organization_id FROM lead_imports i WHERE i.status = 'running'
$$;
ALTER FUNCTION organizations_with_running_imports() OWNER TO ${definer_role};
COMMENT ON FUNCTION organizations_with_running_imports() IS 'module: leads';
CREATE POLICY definer_read ON lead_imports FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT ON lead_imports TO ${definer_role};

CREATE FUNCTION organizations_with_overdue_tasks()
  RETURNS TABLE (organization_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT DISTINCT t.organization_id FROM tasks t
    WHERE t.status IN ('pending', 'in_progress') AND t.due_at < now()
$$;
ALTER FUNCTION organizations_with_overdue_tasks() OWNER TO ${definer_role};
COMMENT ON FUNCTION organizations_with_overdue_tasks() IS 'module: leads';
CREATE POLICY definer_read ON tasks FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT ON tasks TO ${definer_role};

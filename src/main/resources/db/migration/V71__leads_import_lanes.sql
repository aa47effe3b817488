-- A committed import is moved into leads by several workers at once, each along its own lane (a
-- range of the file's lines) with its own progress, so that one import keeps every core of the
-- database busy; after a crash each lane resumes after its last committed batch. The import keeps
-- the totals, which every lane's batch adds to in the same transaction.
CREATE TABLE lead_import_lanes (
  organization_id  uuid NOT NULL,
  import_id        uuid NOT NULL,
  lane             integer NOT NULL CHECK (lane >= 0),
  first_row        integer NOT NULL,
  last_row         integer NOT NULL CHECK (last_row >= first_row),
  resume_after_row integer NOT NULL CHECK (resume_after_row BETWEEN first_row - 1 AND last_row),
  rows_processed   integer NOT NULL DEFAULT 0 CHECK (rows_processed >= 0),
  rows_imported    integer NOT NULL DEFAULT 0 CHECK (rows_imported >= 0),
  heartbeat_at     timestamptz,
  finished_at      timestamptz,
  PRIMARY KEY (organization_id, import_id, lane),
  FOREIGN KEY (organization_id, import_id) REFERENCES lead_imports (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE lead_import_lanes IS 'module: leads';
CREATE INDEX lead_import_lanes_open_idx ON lead_import_lanes (organization_id, import_id) WHERE finished_at IS NULL;
CALL make_tenant_table('lead_import_lanes');

-- An import left running by the previous version carries on as one lane from where it stopped.
-- lead_imports is under forced row-level security for the migration's role too: one organization
-- at a time (the function lists them across tenants).
DO $$
DECLARE
  org uuid;
BEGIN
  FOR org IN SELECT organization_id FROM organizations_with_running_imports() LOOP
    PERFORM set_config('app.organization_id', org::text, true);
    INSERT INTO lead_import_lanes (organization_id, import_id, lane, first_row, last_row, resume_after_row,
                                   rows_processed, rows_imported)
    SELECT organization_id, id, 0, 1, 2147483647, resume_after_row, rows_processed, rows_imported
    FROM lead_imports WHERE status = 'running';
  END LOOP;
  PERFORM set_config('app.organization_id', '', true);
END $$;
ALTER TABLE lead_imports DROP COLUMN resume_after_row, DROP COLUMN heartbeat_at;
CREATE INDEX lead_imports_running_idx ON lead_imports (organization_id) WHERE status = 'running';

-- Staged rows are written a million at a time by one statement of the preview, in the transaction
-- that creates their import; the foreign key to lead_imports cost a lookup per row (6 of the 22 s
-- a million rows took). Imports are never deleted (an import is undone, its rows kept for its
-- error report), so the key guarded nothing the preview does not already guarantee.
ALTER TABLE lead_import_rows DROP CONSTRAINT lead_import_rows_organization_id_import_id_fkey;

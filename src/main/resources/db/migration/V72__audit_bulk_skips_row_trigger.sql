-- A bulk path (an import, an undo) sets app.audit_bulk and records one summary entry instead of one
-- per row; audit_row() then returned at once, but every row still queued an after-trigger event
-- and ran the function (about a tenth of the cost of inserting a lead). The trigger now says so in
-- its WHEN clause, which PostgreSQL checks before queuing anything.
CREATE OR REPLACE PROCEDURE audit_table(tbl regclass, secret text[] DEFAULT '{}', ignored text[] DEFAULT '{}',
                                        key_columns text[] DEFAULT '{id}') LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW '
                 'WHEN (current_setting(''app.audit_bulk'', true) IS DISTINCT FROM ''on'') '
                 'EXECUTE FUNCTION audit_row(%L, %L, %L)', tbl, secret, ignored, key_columns);
END $$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT tg.tgrelid::regclass AS tbl, pg_get_triggerdef(tg.oid) AS def FROM pg_trigger tg
           WHERE tg.tgname = 'audit_row' LOOP
    EXECUTE format('DROP TRIGGER audit_row ON %s', t.tbl);
    EXECUTE replace(t.def, 'FOR EACH ROW EXECUTE',
                    'FOR EACH ROW WHEN (current_setting(''app.audit_bulk'', true) IS DISTINCT FROM ''on'') EXECUTE');
  END LOOP;
END $$;

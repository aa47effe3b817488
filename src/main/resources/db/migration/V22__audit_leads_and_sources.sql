-- The lead-side tables join the audit trail. Not audited: the activity timeline (a log itself),
-- import staging rows and idempotency keys (transient), notifications (per-user inbox).
-- Bulk paths (CSV import batches, undo) suppress row entries and append one summary entry.
CALL audit_table('leads', ignored => '{last_engagement_at}');
CALL audit_table('lead_stakeholders');
CALL audit_table('lead_notes');
CALL audit_table('tasks');
CALL audit_table('lead_assignments');
CALL audit_table('pipelines');
CALL audit_table('pipeline_stages');
CALL audit_table('lead_custom_fields');
CALL audit_table('lead_views');
CALL audit_table('lead_imports', ignored => '{rows_processed,resume_after_row,heartbeat_at}');
CALL audit_table('lead_import_mappings', key_columns => '{header_key}');
CALL audit_table('vendors', secret => '{key_hash}', ignored => '{key_last_used_at}');
CALL audit_table('marketing_campaigns');

-- Analysis settings join the audit trail; the provider API key is recorded only as "changed".
CALL audit_table('analysis_settings', secret => '{endpoint_api_key_encrypted}', key_columns => '{organization_id}');

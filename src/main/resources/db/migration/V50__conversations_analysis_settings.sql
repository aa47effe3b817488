-- One row per organization: which analyzer reads its calls, the organization's own qualification
-- questions and extraction fields, and the OpenAI-compatible endpoint (the API key only encrypted,
-- AES-GCM with a key derived from the master key, bound to the organization).
CREATE TABLE analysis_settings (
  organization_id             uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  analyzer                    text NOT NULL DEFAULT 'local' CHECK (analyzer IN ('local', 'openai_compatible')),
  qualification_questions     jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(qualification_questions) = 'array'),
  extraction_fields           jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(extraction_fields) = 'array'),
  endpoint_base_url           text CHECK (endpoint_base_url ~ '^https?://' AND length(endpoint_base_url) <= 500),
  endpoint_model              text CHECK (length(btrim(endpoint_model)) BETWEEN 1 AND 200),
  endpoint_api_key_encrypted  bytea,
  prompt_price_per_million     numeric(12, 6) CHECK (prompt_price_per_million >= 0),
  completion_price_per_million numeric(12, 6) CHECK (completion_price_per_million >= 0),
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id),
  CHECK (analyzer = 'local' OR (endpoint_base_url IS NOT NULL AND endpoint_model IS NOT NULL))
);
COMMENT ON TABLE analysis_settings IS 'module: conversations';
CALL make_tenant_table('analysis_settings');

-- When an organization may call: a daily window in the lead's local time (start inclusive, end
-- exclusive), the days of the week, whether an AI call needs recorded consent, and holidays.
-- No row means the defaults: 08:00-21:00 every day, consent not required.
CREATE TABLE compliance_settings (
  organization_id              uuid   NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  window_start                 time   NOT NULL DEFAULT '08:00',
  window_end                   time   NOT NULL DEFAULT '21:00',
  calling_days                 text[] NOT NULL DEFAULT '{monday,tuesday,wednesday,thursday,friday,saturday,sunday}'
                               CHECK (cardinality(calling_days) BETWEEN 1 AND 7
                                      AND calling_days <@ '{monday,tuesday,wednesday,thursday,friday,saturday,sunday}'::text[]),
  require_consent_for_ai_calls boolean NOT NULL DEFAULT false,
  created_at                   timestamptz NOT NULL DEFAULT now(),
  updated_at                   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id),
  CHECK (window_start < window_end)
);
COMMENT ON TABLE compliance_settings IS 'module: compliance';
CALL make_tenant_table('compliance_settings');
CALL audit_table('compliance_settings', key_columns => '{organization_id}');

-- Days nobody is called, in the lead's local date; for every lead, or only for leads whose phone
-- number belongs to one country.
CREATE TABLE compliance_holidays (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  id              uuid NOT NULL,
  holiday_date    date NOT NULL,
  country         text CHECK (country ~ '^[A-Z]{2}$'),
  name            text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  UNIQUE NULLS NOT DISTINCT (organization_id, holiday_date, country)
);
COMMENT ON TABLE compliance_holidays IS 'module: compliance';
CALL make_tenant_table('compliance_holidays');
CALL audit_table('compliance_holidays');

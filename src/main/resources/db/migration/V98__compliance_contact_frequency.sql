-- Contact frequency (issue 20): a lead is not called again within hours_after_conversation of a
-- conversation, and at most max_attempts_per_day attempts in any 24 hours and max_attempts_per_week
-- in any 7 days, across every campaign and manual call. No personal data.
ALTER TABLE compliance_settings
  ADD COLUMN hours_after_conversation integer NOT NULL DEFAULT 24 CHECK (hours_after_conversation BETWEEN 0 AND 720),
  ADD COLUMN max_attempts_per_day     integer NOT NULL DEFAULT 3 CHECK (max_attempts_per_day BETWEEN 1 AND 50),
  ADD COLUMN max_attempts_per_week    integer NOT NULL DEFAULT 7 CHECK (max_attempts_per_week BETWEEN 1 AND 200),
  ADD CONSTRAINT compliance_settings_attempts_check CHECK (max_attempts_per_week >= max_attempts_per_day);

-- The gate's new reason, wherever its codes are stored.
ALTER TABLE campaign_members DROP CONSTRAINT campaign_members_exclusion_reason_check,
  ADD CONSTRAINT campaign_members_exclusion_reason_check CHECK (exclusion_reason IN ('invalid_phone',
    'platform_do_not_call', 'do_not_call', 'no_consent', 'unknown_time_zone', 'holiday', 'outside_calling_window',
    'recently_contacted', 'insufficient_credit', 'lead_unavailable'));
ALTER TABLE campaign_exclusions DROP CONSTRAINT campaign_exclusions_reason_check,
  ADD CONSTRAINT campaign_exclusions_reason_check CHECK (reason IN ('invalid_phone', 'platform_do_not_call',
    'do_not_call', 'no_consent', 'unknown_time_zone', 'holiday', 'outside_calling_window', 'recently_contacted',
    'insufficient_credit', 'lead_unavailable'));

-- The gate reads a lead's recent attempts by when they were queued.
CREATE INDEX calls_lead_queued_idx ON calls (organization_id, lead_id, queued_at) WHERE lead_id IS NOT NULL;

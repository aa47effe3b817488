-- Issue 20: the campaign monitor says why a campaign waits. A call the dialer could not place for
-- want of a usable AI agent or caller number is recorded as an exclusion (deferred a minute) with
-- its own reason, like the gate's refusals. No personal data.
ALTER TABLE campaign_members DROP CONSTRAINT campaign_members_exclusion_reason_check,
  ADD CONSTRAINT campaign_members_exclusion_reason_check CHECK (exclusion_reason IN ('invalid_phone',
    'platform_do_not_call', 'do_not_call', 'no_consent', 'unknown_time_zone', 'holiday', 'outside_calling_window',
    'recently_contacted', 'insufficient_credit', 'lead_unavailable', 'no_agent_or_number'));
ALTER TABLE campaign_exclusions DROP CONSTRAINT campaign_exclusions_reason_check,
  ADD CONSTRAINT campaign_exclusions_reason_check CHECK (reason IN ('invalid_phone', 'platform_do_not_call',
    'do_not_call', 'no_consent', 'unknown_time_zone', 'holiday', 'outside_calling_window', 'recently_contacted',
    'insufficient_credit', 'lead_unavailable', 'no_agent_or_number'));

-- Messaging campaigns (issue 18, item 7): a campaign's type is a calling one (ai_calling,
-- human_calling) or a message channel (sms, email, whatsapp); a message campaign sends one template
-- of its channel (messaging's template id, checked by the application: no foreign key across
-- modules). A member a message campaign reached is "messaged" with the message's id; a member the
-- send policy refused is excluded (or deferred, for quiet hours) with the policy's code. A message
-- campaign completes with "all_messaged". No personal data.
ALTER TABLE campaigns DROP CONSTRAINT campaigns_campaign_type_check,
  ADD CONSTRAINT campaigns_campaign_type_check
    CHECK (campaign_type IN ('ai_calling', 'human_calling', 'sms', 'email', 'whatsapp')),
  ADD COLUMN template_id uuid,
  ADD CONSTRAINT campaigns_template_check
    CHECK ((campaign_type IN ('sms', 'email', 'whatsapp')) = (template_id IS NOT NULL)),
  DROP CONSTRAINT campaigns_completion_reason_check,
  ADD CONSTRAINT campaigns_completion_reason_check
    CHECK (completion_reason IN ('schedule_ended', 'all_called', 'budget_spent', 'goals_reached', 'all_messaged'));

ALTER TABLE campaign_members ADD COLUMN message_id uuid,
  DROP CONSTRAINT campaign_members_status_check,
  ADD CONSTRAINT campaign_members_status_check CHECK (status IN ('pending', 'calling', 'contacted', 'transferred',
    'converted', 'excluded', 'exhausted', 'messaged')),
  ADD CONSTRAINT campaign_members_message_check CHECK ((status = 'messaged') = (message_id IS NOT NULL)),
  DROP CONSTRAINT campaign_members_exclusion_reason_check,
  ADD CONSTRAINT campaign_members_exclusion_reason_check CHECK (exclusion_reason IN ('invalid_phone',
    'platform_do_not_call', 'do_not_call', 'no_consent', 'unknown_time_zone', 'holiday', 'outside_calling_window',
    'recently_contacted', 'insufficient_credit', 'lead_unavailable', 'no_agent_or_number',
    'opted_out', 'do_not_contact', 'quiet_hours', 'template_not_approved', 'outside_whatsapp_window', 'no_address',
    'missing_variables'));
ALTER TABLE campaign_exclusions DROP CONSTRAINT campaign_exclusions_reason_check,
  ADD CONSTRAINT campaign_exclusions_reason_check CHECK (reason IN ('invalid_phone', 'platform_do_not_call',
    'do_not_call', 'no_consent', 'unknown_time_zone', 'holiday', 'outside_calling_window', 'recently_contacted',
    'insufficient_credit', 'lead_unavailable', 'no_agent_or_number',
    'opted_out', 'do_not_contact', 'quiet_hours', 'template_not_approved', 'outside_whatsapp_window', 'no_address',
    'missing_variables'));

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

-- A lead's status and its pipeline stage say one thing (docs/leads.md): a won stage is a converted
-- lead, a lost stage a lost one. Existing leads are brought in line once; from now on the
-- application keeps them so. A lead on a won or lost stage takes that stage's status; a converted
-- or lost lead still on an open stage moves to its pipeline's first won or lost stage (if it has
-- one). Runs as the owner: where row-level security binds the owner, no row is visible and this
-- changes nothing, as on a fresh database. No personal data.
UPDATE leads l SET status = CASE s.kind WHEN 'won' THEN 'converted' ELSE 'lost' END
FROM pipeline_stages s
WHERE s.organization_id = l.organization_id AND s.id = l.stage_id AND s.kind IN ('won', 'lost')
  AND l.status <> CASE s.kind WHEN 'won' THEN 'converted' ELSE 'lost' END;
UPDATE leads l SET stage_id = coalesce((
    SELECT t.id FROM pipeline_stages t
    WHERE t.organization_id = l.organization_id AND t.pipeline_id = l.pipeline_id
      AND t.kind = CASE l.status WHEN 'converted' THEN 'won' ELSE 'lost' END
    ORDER BY t.position LIMIT 1), l.stage_id)
WHERE l.status IN ('converted', 'lost')
  AND EXISTS (SELECT 1 FROM pipeline_stages s
              WHERE s.organization_id = l.organization_id AND s.id = l.stage_id AND s.kind = 'open');

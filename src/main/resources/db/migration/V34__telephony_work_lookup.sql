-- The dispatcher asks which organizations have telephony work twice a second and whenever a call is
-- queued: answer with a few index probes per organization rather than by reading every open call.
-- (A call being sent is still queued, so the open-calls probe covers it.)
CREATE OR REPLACE FUNCTION organizations_with_telephony_work()
  RETURNS TABLE (organization_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT o.id FROM organizations o
     WHERE EXISTS (SELECT 1 FROM calls c WHERE c.organization_id = o.id AND c.dispatch_state = 'pending')
        OR EXISTS (SELECT 1 FROM calls c
                    WHERE c.organization_id = o.id AND c.status IN ('queued', 'ringing', 'in_progress'))
        OR EXISTS (SELECT 1 FROM webhook_events w WHERE w.organization_id = o.id AND w.status = 'pending')
$$;

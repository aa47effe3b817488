-- Webhooks are acknowledged once stored and applied right after by a background applier (see
-- WebhookApplier): stored events wait as 'pending' with next_attempt_at = when they arrived. The
-- applier asks which organizations have events due without seeing every call of every tenant.
CREATE FUNCTION organizations_with_due_webhooks()
  RETURNS TABLE (organization_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    -- One index probe per organization: cheap however long the queue is (it runs on every wake-up).
    SELECT o.id FROM organizations o
     WHERE EXISTS (SELECT 1 FROM webhook_events w
                    WHERE w.organization_id = o.id AND w.status = 'pending' AND w.next_attempt_at <= now())
$$;
ALTER FUNCTION organizations_with_due_webhooks() OWNER TO ${definer_role};
COMMENT ON FUNCTION organizations_with_due_webhooks() IS 'module: telephony';

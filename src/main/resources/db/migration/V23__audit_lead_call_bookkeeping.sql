-- A lead's call bookkeeping (last call, its outcome, unanswered attempts, handed to a human) changes
-- with every call the lead gets, from the calls themselves: each call keeps its own history
-- (call_events) and appears on the lead's timeline, so these columns alone write no audit entry,
-- like last_engagement_at. A status change (new → contacted) is still audited.
DROP TRIGGER audit_row ON leads;
CALL audit_table('leads', ignored => '{last_engagement_at,call_status,last_call_id,last_called_at,not_connected,transferred_to_human}');

-- 1. Repeated security events. A flood of forged webhooks was one row per request; a repeat of the
-- same report (same repeat_key: kind, provider, address) within a window now raises the first
-- row's count instead. Rows stay append-only for everything else.
-- pii: repeat_key (holds the caller's IP address, as ip_address does)
ALTER TABLE security_events
  ADD COLUMN repeat_key   text CHECK (length(repeat_key) <= 300),
  ADD COLUMN occurrences  integer NOT NULL DEFAULT 1 CHECK (occurrences >= 1),
  ADD COLUMN last_seen_at timestamptz;
CREATE INDEX security_events_repeat_idx ON security_events (organization_id, repeat_key, created_at)
  WHERE repeat_key IS NOT NULL;

CREATE FUNCTION security_events_count_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.occurrences >= OLD.occurrences
     AND to_jsonb(NEW) - 'occurrences' - 'last_seen_at' = to_jsonb(OLD) - 'occurrences' - 'last_seen_at' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'security_events rows are append-only: % refused (only a repeat''s count may grow)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER append_only ON security_events;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON security_events
  FOR EACH ROW EXECUTE FUNCTION security_events_count_only();
-- Privileges are checked on the partitioned table only, so this reaches every monthly partition.
GRANT UPDATE (occurrences, last_seen_at) ON security_events TO ${app_role};

-- 2. Phone number ownership. A number added by an organization is a claim ('unverified') until the
-- organization's provider account proves it ('verified'); claims of one number by several
-- organizations may coexist, so adding a number never tells whether another organization has it.
-- A verified owner releases the other organizations' claims ('released', inactive). Only a
-- verified owner, or a sole claimant, receives the number's inbound calls.
ALTER TABLE phone_numbers
  ADD COLUMN ownership   text NOT NULL DEFAULT 'unverified' CHECK (ownership IN ('unverified', 'verified', 'released')),
  ADD COLUMN verified_at timestamptz,
  ADD CHECK (ownership <> 'released' OR NOT active);
DROP INDEX phone_numbers_active_key;
CREATE UNIQUE INDEX phone_numbers_organization_id_phone_number_key ON phone_numbers (organization_id, phone_number)
  WHERE active;
CREATE UNIQUE INDEX phone_numbers_verified_key ON phone_numbers (phone_number) WHERE ownership = 'verified';

CREATE OR REPLACE FUNCTION phone_number_owner(p_number text)
  RETURNS TABLE (organization_id uuid, phone_number_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT c.organization_id, c.id
      FROM (SELECT n.organization_id, n.id, n.ownership, count(*) OVER () AS claims
              FROM phone_numbers n WHERE n.phone_number = p_number AND n.active) c
     WHERE c.ownership = 'verified' OR c.claims = 1
     ORDER BY c.ownership = 'verified' DESC
     LIMIT 1
$$;

-- The other organizations' claims on a number, for the verified owner to release them.
CREATE FUNCTION phone_number_claims(p_number text)
  RETURNS TABLE (organization_id uuid, phone_number_id uuid, ownership text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT n.organization_id, n.id, n.ownership FROM phone_numbers n
     WHERE n.phone_number = p_number AND n.ownership <> 'released'
$$;
ALTER FUNCTION phone_number_claims(text) OWNER TO ${definer_role};
COMMENT ON FUNCTION phone_number_claims(text) IS 'module: telephony';

-- The audit trail: append-only, hash-chained per organization, range-partitioned by month.
-- Rows come from two places: the generic row trigger audit_row() on tenant tables (create, update,
-- delete with old and new values) and the application (sign-in, sign-out, 2FA, …) through
-- audit_append(). Both go through audit_append(), the one place that chains entries.

-- A time-ordered UUIDv7 made in the database (PostgreSQL 17 has no uuidv7()).
CREATE FUNCTION uuid_v7(ts timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(
           set_bit(set_bit(
             overlay(uuid_send(gen_random_uuid())
                     PLACING substring(int8send((extract(epoch FROM ts) * 1000)::bigint) FROM 3)
                     FROM 1 FOR 6),
             52, 1), 53, 1),
           'hex')::uuid
$$;

CREATE TABLE audit_log (
  organization_id uuid        NOT NULL,
  id              uuid        NOT NULL,
  seq             bigint      NOT NULL CHECK (seq > 0),
  created_at      timestamptz NOT NULL,
  actor_type      text        NOT NULL CHECK (actor_type IN ('user', 'api_key', 'system')),
  actor_id        uuid,
  action          text        NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
  entity_type     text        NOT NULL CHECK (length(entity_type) BETWEEN 1 AND 100),
  entity_id       text        CHECK (length(entity_id) <= 200),
  old_values      jsonb,
  new_values      jsonb,
  outcome         text        NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
  ip_address      text        CHECK (length(ip_address) <= 64),
  user_agent      text        CHECK (length(user_agent) <= 1000),
  prev_hash       bytea,
  hash            bytea       NOT NULL,
  PRIMARY KEY (organization_id, id, created_at)
) PARTITION BY RANGE (created_at);
COMMENT ON TABLE audit_log IS 'module: audit';
CREATE INDEX audit_log_seq_idx ON audit_log (organization_id, seq);
CREATE INDEX audit_log_entity_idx ON audit_log (organization_id, entity_type, entity_id);
CREATE INDEX audit_log_actor_idx ON audit_log (organization_id, actor_id, created_at);
CALL make_tenant_table('audit_log');

-- Security events: failed sign-ins, lockouts, refresh-token reuse, denied addresses.
CREATE TABLE security_events (
  organization_id uuid        NOT NULL,
  id              uuid        NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
  kind            text        NOT NULL CHECK (kind IN ('sign_in_failed', 'account_locked', 'refresh_token_reuse',
                                                       'ip_denied', 'two_factor_failed', 'password_reset_requested')),
  severity        text        NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
  user_id         uuid,
  email           text        CHECK (length(email) <= 254),
  ip_address      text        CHECK (length(ip_address) <= 64),
  user_agent      text        CHECK (length(user_agent) <= 1000),
  detail          jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(detail) = 'object'),
  PRIMARY KEY (organization_id, id, created_at)
) PARTITION BY RANGE (created_at);
COMMENT ON TABLE security_events IS 'module: audit';
CREATE INDEX security_events_time_idx ON security_events (organization_id, created_at DESC);
CALL make_tenant_table('security_events');

-- Both tables are append-only: the application role may read and insert, nothing else, and a
-- trigger refuses UPDATE and DELETE from anyone (retention drops whole monthly partitions).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, security_events FROM ${app_role};

CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON security_events
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

-- Monthly partitions, each with the tenant policy of its parent (a partition read directly is
-- bound by row-level security too). Owned by the migrating role so that the application can ask
-- for next month's partitions without any right to create tables itself.
CREATE FUNCTION audit_ensure_partitions(months_ahead int) RETURNS int
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  parent text;
  first_month date := date_trunc('month', now() - interval '1 month')::date;
  month date;
  partition text;
  created int := 0;
BEGIN
  IF months_ahead NOT BETWEEN 0 AND 24 THEN
    RAISE EXCEPTION 'months_ahead must be between 0 and 24';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('audit_ensure_partitions'));  -- nodes may call it at once
  FOREACH parent IN ARRAY ARRAY['audit_log', 'security_events'] LOOP
    IF to_regclass(parent || '_pdefault') IS NULL THEN
      EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', parent || '_pdefault', parent);
      PERFORM audit_protect_partition(parent || '_pdefault');
    END IF;
    FOR i IN 0 .. months_ahead + 1 LOOP
      month := (first_month + make_interval(months => i))::date;
      partition := parent || '_p' || to_char(month, 'YYYYMM');
      IF to_regclass(partition) IS NULL THEN
        EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                       partition, parent, month, (month + interval '1 month')::date);
        PERFORM audit_protect_partition(partition);
        created := created + 1;
      END IF;
    END LOOP;
  END LOOP;
  RETURN created;
END $$;

CREATE FUNCTION audit_protect_partition(partition text) RETURNS void
  LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  CALL make_tenant_table(partition::regclass);
  EXECUTE format('COMMENT ON TABLE %I IS %L', partition, 'module: audit');
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM ${app_role}', partition);
END $$;
REVOKE ALL ON FUNCTION audit_protect_partition(text) FROM PUBLIC;

SELECT audit_ensure_partitions(12);

-- The chained hash of one entry: SHA-256 over the previous entry's hash and a canonical JSON array
-- of the entry's fields (jsonb text is deterministic; the time is in epoch microseconds so that
-- the session's time zone cannot change it).
CREATE FUNCTION audit_entry_hash(prev bytea, e audit_log) RETURNS bytea
  LANGUAGE sql IMMUTABLE AS $$
  SELECT sha256(coalesce(prev, '\x'::bytea) || convert_to(jsonb_build_array(
    e.organization_id, e.seq, e.id, (extract(epoch FROM e.created_at) * 1000000)::bigint,
    e.actor_type, e.actor_id, e.action, e.entity_type, e.entity_id, e.old_values, e.new_values,
    e.outcome, e.ip_address, e.user_agent)::text, 'UTF8'))
$$;

-- Appends one entry to the current organization's chain. Entries of one organization are
-- serialized by a transaction-level advisory lock (held until commit), so seq has no gaps and
-- every entry links to the one before. Actor, IP and user agent default to the transaction-local
-- settings app.actor_type, app.actor_id, app.client_ip and app.user_agent.
CREATE FUNCTION audit_append(p_action text, p_entity_type text, p_entity_id text, p_old jsonb, p_new jsonb,
                             p_outcome text DEFAULT 'success', p_actor_type text DEFAULT NULL,
                             p_actor_id uuid DEFAULT NULL)
  RETURNS uuid LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  org uuid := nullif(current_setting('app.organization_id', true), '')::uuid;
  last record;
  e audit_log;
BEGIN
  IF org IS NULL THEN
    RAISE EXCEPTION 'an audit entry needs app.organization_id';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('audit_log:' || org::text, 0));
  SELECT a.seq, a.hash INTO last FROM audit_log a WHERE a.organization_id = org ORDER BY a.seq DESC LIMIT 1;
  e.organization_id := org;
  e.seq := coalesce(last.seq, 0) + 1;
  e.created_at := clock_timestamp();
  e.id := uuid_v7(e.created_at);
  e.actor_type := coalesce(p_actor_type, nullif(current_setting('app.actor_type', true), ''), 'system');
  e.actor_id := coalesce(p_actor_id, nullif(current_setting('app.actor_id', true), '')::uuid);
  e.action := p_action;
  e.entity_type := p_entity_type;
  e.entity_id := left(p_entity_id, 200);
  e.old_values := p_old;
  e.new_values := p_new;
  e.outcome := p_outcome;
  e.ip_address := left(nullif(current_setting('app.client_ip', true), ''), 64);
  e.user_agent := left(nullif(current_setting('app.user_agent', true), ''), 1000);
  e.prev_hash := last.hash;
  e.hash := audit_entry_hash(last.hash, e);
  INSERT INTO audit_log SELECT e.*;
  RETURN e.id;
END $$;

-- Recomputes the current organization's chain in order and reports the first broken link: a gap
-- in seq, a prev_hash that is not the previous entry's hash, or a hash that does not match.
CREATE FUNCTION audit_verify()
  RETURNS TABLE (checked bigint, broken_seq bigint, broken_id uuid, problem text)
  LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
DECLARE
  e audit_log;
  expected_seq bigint := 1;
  prev bytea := NULL;
BEGIN
  checked := 0;
  FOR e IN SELECT * FROM audit_log ORDER BY seq LOOP
    IF e.seq <> expected_seq THEN
      broken_seq := e.seq; broken_id := e.id; problem := 'expected entry ' || expected_seq || ', found ' || e.seq;
      RETURN NEXT; RETURN;
    END IF;
    IF e.prev_hash IS DISTINCT FROM prev THEN
      broken_seq := e.seq; broken_id := e.id; problem := 'prev_hash does not match the previous entry';
      RETURN NEXT; RETURN;
    END IF;
    IF e.hash <> audit_entry_hash(prev, e) THEN
      broken_seq := e.seq; broken_id := e.id; problem := 'hash does not match the entry';
      RETURN NEXT; RETURN;
    END IF;
    prev := e.hash;
    expected_seq := expected_seq + 1;
    checked := checked + 1;
  END LOOP;
  RETURN NEXT;
END $$;
COMMENT ON FUNCTION audit_verify() IS 'module: audit';

-- The generic row trigger. Arguments: secret columns (shown as "[redacted]"), ignored columns
-- (changes to them alone write nothing; updated_at always), key columns (entity_id; default id).
-- A transaction that sets app.audit_bulk = 'on' writes no row entries: bulk paths record one
-- summary entry with audit_append() instead.
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  secret   text[] := TG_ARGV[0]::text[];
  ignored  text[] := TG_ARGV[1]::text[] || ARRAY['updated_at', 'organization_id'];
  key_cols text[] := TG_ARGV[2]::text[];
  old_row  jsonb;
  new_row  jsonb;
  full_row jsonb;
  changed  text[];
  col      text;
BEGIN
  IF current_setting('app.audit_bulk', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
  IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
  full_row := coalesce(new_row, old_row);
  old_row := old_row - 'organization_id';
  new_row := new_row - 'organization_id';
  IF TG_OP = 'UPDATE' THEN
    SELECT array_agg(n.key) INTO changed FROM jsonb_each(new_row) n
     WHERE n.value IS DISTINCT FROM old_row -> n.key AND NOT n.key = ANY (ignored);
    IF changed IS NULL THEN
      RETURN NULL;
    END IF;
    SELECT jsonb_object_agg(o.key, o.value) INTO old_row FROM jsonb_each(old_row) o WHERE o.key = ANY (changed);
    SELECT jsonb_object_agg(n.key, n.value) INTO new_row FROM jsonb_each(new_row) n WHERE n.key = ANY (changed);
  END IF;
  FOREACH col IN ARRAY secret LOOP
    IF old_row ? col AND old_row -> col <> 'null'::jsonb THEN old_row := old_row || jsonb_build_object(col, '[redacted]'); END IF;
    IF new_row ? col AND new_row -> col <> 'null'::jsonb THEN new_row := new_row || jsonb_build_object(col, '[redacted]'); END IF;
  END LOOP;
  PERFORM audit_append(
    TG_TABLE_NAME || '.' || CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END,
    TG_TABLE_NAME,
    (SELECT string_agg(full_row ->> k, ':') FROM unnest(key_cols) k),
    old_row, new_row);
  RETURN NULL;
END $$;

-- Puts a table under the audit trail. Other modules call it from their migrations, e.g.
-- CALL audit_table('leads', secret => '{}', ignored => '{last_activity_at}').
CREATE PROCEDURE audit_table(tbl regclass, secret text[] DEFAULT '{}', ignored text[] DEFAULT '{}',
                             key_columns text[] DEFAULT '{id}') LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW '
                 'EXECUTE FUNCTION audit_row(%L, %L, %L)', tbl, secret, ignored, key_columns);
END $$;

CALL audit_table('organizations');
CALL audit_table('users', secret => '{password_hash}', ignored => '{last_login_at}');
CALL audit_table('user_invitations', secret => '{token_hash}');
CALL audit_table('teams');
CALL audit_table('team_members', key_columns => '{team_id,user_id}');
CALL audit_table('projects');

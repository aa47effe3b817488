-- Full-text search over lead notes ("who asked about financing?"), and the two text-search helpers
-- every searchable table shares (conversations' call transcripts use them too).

-- btree_gin lets one GIN index start with organization_id, so a search reads only its tenant's
-- entries (and the index is ready to be distributed by organization_id).
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- The text-search configuration for a language tag (en, es-MX, hi-Latn …): a stemming one where
-- PostgreSQL has it, 'simple' (words as they are) otherwise; English when the language is unknown.
-- IMMUTABLE so that it may appear in indexes and generated columns.
CREATE FUNCTION text_search_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE lower(split_part(coalesce(language, 'en'), '-', 1))
      WHEN 'en' THEN 'pg_catalog.english'::regconfig
      WHEN 'es' THEN 'pg_catalog.spanish'::regconfig
      WHEN 'fr' THEN 'pg_catalog.french'::regconfig
      WHEN 'de' THEN 'pg_catalog.german'::regconfig
      WHEN 'pt' THEN 'pg_catalog.portuguese'::regconfig
      WHEN 'it' THEN 'pg_catalog.italian'::regconfig
      WHEN 'nl' THEN 'pg_catalog.dutch'::regconfig
      ELSE 'pg_catalog.simple'::regconfig
    END
$$;
COMMENT ON FUNCTION text_search_config(text) IS 'module: leads (shared text-search helper)';

-- A web-search style query (quoted phrases, "or", -exclusions) read in every configuration the
-- documents may be indexed with, so one query finds English, Spanish, … and unstemmed text alike.
-- match_all = false relaxes "all words" to "any word" (ranking then favours documents with more of
-- them); the 'simple' reading is left out then, because it keeps stop words such as "who".
CREATE FUNCTION text_search_query(q text, match_all boolean DEFAULT true) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN match_all THEN
        websearch_to_tsquery('pg_catalog.english', q) || websearch_to_tsquery('pg_catalog.spanish', q)
        || websearch_to_tsquery('pg_catalog.french', q) || websearch_to_tsquery('pg_catalog.german', q)
        || websearch_to_tsquery('pg_catalog.portuguese', q) || websearch_to_tsquery('pg_catalog.simple', q)
      ELSE
        replace((websearch_to_tsquery('pg_catalog.english', q) || websearch_to_tsquery('pg_catalog.spanish', q)
          || websearch_to_tsquery('pg_catalog.french', q) || websearch_to_tsquery('pg_catalog.german', q)
          || websearch_to_tsquery('pg_catalog.portuguese', q))::text, ' & ', ' | ')::tsquery
    END
$$;
COMMENT ON FUNCTION text_search_query(text, boolean) IS 'module: leads (shared text-search helper)';

-- Notes carry no language; nearly all are written in English.
CREATE INDEX lead_notes_search_idx ON lead_notes USING gin (organization_id, to_tsvector('pg_catalog.english', body))
  WHERE deleted_at IS NULL;

-- The best-ranked notes of the caller's organization that match a query: shared notes, and the
-- viewer's own private ones, on live leads. Why a SECURITY DEFINER function: under row-level
-- security PostgreSQL may not use a non-leakproof operator such as tsvector @@ tsquery as an index
-- condition ahead of the policy, so a plain query would read every note of the organization. Owned
-- by the read-only definer role (whose policy is "true"), the function filters on the same
-- app.organization_id setting the policies read, and the GIN index answers both conditions.
CREATE FUNCTION search_lead_notes(q text, match_all boolean, viewer uuid, max_rows integer)
  RETURNS TABLE (note_id uuid, rank real)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT n.id, ts_rank(to_tsvector('pg_catalog.english', n.body), text_search_query(q, match_all), 33)
      FROM lead_notes n
      JOIN leads l ON l.organization_id = n.organization_id AND l.id = n.lead_id AND l.deleted_at IS NULL
     WHERE n.organization_id = nullif(current_setting('app.organization_id', true), '')::uuid
       AND to_tsvector('pg_catalog.english', n.body) @@ text_search_query(q, match_all)
       AND n.deleted_at IS NULL
       AND (NOT n.is_private OR n.author_id = viewer)
     ORDER BY 2 DESC, n.id DESC
     LIMIT least(max_rows, 1000)
$$;
ALTER FUNCTION search_lead_notes(text, boolean, uuid, integer) OWNER TO ${definer_role};
COMMENT ON FUNCTION search_lead_notes(text, boolean, uuid, integer) IS 'module: leads';
CREATE POLICY definer_read ON lead_notes FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT (organization_id, id, lead_id, body, is_private, author_id, deleted_at) ON lead_notes TO ${definer_role};
CREATE POLICY definer_read ON leads FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT (organization_id, id, deleted_at) ON leads TO ${definer_role};

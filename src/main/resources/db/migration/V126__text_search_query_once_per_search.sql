-- The full-text searches of transcripts (V52) and notes (V18) parsed their query once per matching
-- row, not once per search. Both are SQL functions that are not inlined (SECURITY DEFINER), so their
-- bodies are planned with the arguments as parameters; text_search_query(q, match_all), inlined into
-- six websearch_to_tsquery calls with their dictionaries, was then evaluated again for every row the
-- index returned, in the recheck and in ts_rank. At 100,000 transcripts of one organization
-- (bench/semantic-search.sh, auto_explain): 158 matching rows took 80 ms in the function against
-- 2 to 4 ms with the query as a constant, and a query relaxed to any word (5,800 rows) 1.3 s median,
-- 7 s at the 95th percentile. A scalar subquery is an init plan: evaluated once, then a parameter the
-- index condition and ts_rank read.
CREATE OR REPLACE FUNCTION search_call_transcripts(q text, match_all boolean, max_rows integer)
  RETURNS TABLE (call_id uuid, rank real)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT t.call_id, ts_rank(t.search_vector, (SELECT text_search_query(q, match_all)), 33)
      FROM call_transcripts t
     WHERE t.organization_id = nullif(current_setting('app.organization_id', true), '')::uuid
       AND t.search_vector @@ (SELECT text_search_query(q, match_all))
     ORDER BY 2 DESC, t.call_id DESC
     LIMIT least(max_rows, 1000)
$$;

CREATE OR REPLACE FUNCTION search_lead_notes(q text, match_all boolean, viewer uuid, max_rows integer)
  RETURNS TABLE (note_id uuid, rank real)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT n.id, ts_rank(to_tsvector('pg_catalog.english', n.body), (SELECT text_search_query(q, match_all)), 33)
      FROM lead_notes n
      JOIN leads l ON l.organization_id = n.organization_id AND l.id = n.lead_id AND l.deleted_at IS NULL
     WHERE n.organization_id = nullif(current_setting('app.organization_id', true), '')::uuid
       AND to_tsvector('pg_catalog.english', n.body) @@ (SELECT text_search_query(q, match_all))
       AND n.deleted_at IS NULL
       AND (NOT n.is_private OR n.author_id = viewer)
     ORDER BY 2 DESC, n.id DESC
     LIMIT least(max_rows, 1000)
$$;

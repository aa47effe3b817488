-- Every answered call's transcript (seed 004 transcripts) and what the organization's analyzer made
-- of it (seed 004 lead_analytics, seed 000 call quality). The transcript row is also the analysis
-- job: status, attempts and the next attempt time live beside the text, so the work survives
-- restarts and any node may pick it up (FOR UPDATE SKIP LOCKED).
CREATE TABLE call_transcripts (
  organization_id   uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  call_id           uuid NOT NULL,
  lead_id           uuid,
  ai_agent_id       uuid,
  -- BCP 47 as the provider gave it; NULL lets the analyzer detect it.
  language          text CHECK (length(language) <= 35),
  -- [{speaker, start, end, text}] in order; full_text is "Speaker: words" per line, for reading and search.
  segments          jsonb NOT NULL CHECK (jsonb_typeof(segments) = 'array'),
  full_text         text NOT NULL CHECK (length(full_text) <= 1000000),
  analysis_status   text NOT NULL DEFAULT 'pending'
                    CHECK (analysis_status IN ('pending', 'processing', 'completed', 'failed')),
  analysis_attempts integer NOT NULL DEFAULT 0 CHECK (analysis_attempts >= 0),
  -- pending: when to try (again); processing: when the claim lapses and another worker may take it.
  next_attempt_at   timestamptz NOT NULL DEFAULT now(),
  -- Set per claim: only the worker holding it may store the result (a lapsed one's is dropped).
  claim_token       uuid,
  last_error        text CHECK (length(last_error) <= 1000),
  received_at       timestamptz NOT NULL DEFAULT now(),
  analyzed_at       timestamptz,
  search_vector     tsvector GENERATED ALWAYS AS (to_tsvector(text_search_config(language), full_text)) STORED,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, call_id),
  FOREIGN KEY (organization_id, call_id) REFERENCES calls (organization_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE SET NULL (lead_id)
);
COMMENT ON TABLE call_transcripts IS 'module: conversations';
CREATE INDEX call_transcripts_work_idx ON call_transcripts (organization_id, next_attempt_at)
  WHERE analysis_status IN ('pending', 'processing');
CREATE INDEX call_transcripts_search_idx ON call_transcripts USING gin (organization_id, search_vector);
CREATE INDEX call_transcripts_lead_idx ON call_transcripts (organization_id, lead_id) WHERE lead_id IS NOT NULL;
CALL make_tenant_table('call_transcripts');

CREATE TABLE call_analyses (
  organization_id       uuid NOT NULL,
  call_id               uuid NOT NULL,
  lead_id               uuid,
  -- Whose inbox the analysis lands in: the lead's owner, else the user who placed the call.
  owner_id              uuid,
  -- 1 for the first analysis, +1 per re-analysis.
  run                   integer NOT NULL DEFAULT 1 CHECK (run >= 1),
  language              text NOT NULL CHECK (length(language) <= 35),
  confidence            numeric(4, 3) NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  intent_score          numeric(4, 3) NOT NULL CHECK (intent_score BETWEEN 0 AND 1),
  sentiment_score       numeric(4, 3) NOT NULL CHECK (sentiment_score BETWEEN -1 AND 1),
  sentiment_label       text NOT NULL CHECK (sentiment_label IN ('positive', 'neutral', 'negative')),
  qualification         text NOT NULL CHECK (qualification IN ('hot', 'warm', 'cold', 'not_qualified')),
  key_topics            jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(key_topics) = 'array'),
  objections            jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(objections) = 'array'),
  next_steps            jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(next_steps) = 'array'),
  summary               text NOT NULL CHECK (length(summary) <= 5000),
  -- NULL when there was no conversation to judge (a voicemail greeting).
  call_quality_score    numeric(4, 3) CHECK (call_quality_score BETWEEN 0 AND 1),
  follow_up_required    boolean NOT NULL,
  total_score           numeric(5, 2) NOT NULL CHECK (total_score BETWEEN 0 AND 100),
  do_not_call_requested boolean NOT NULL DEFAULT false,
  callback_requested    boolean NOT NULL DEFAULT false,
  callback_time         text CHECK (length(callback_time) <= 200),
  -- The organization's qualification questions and extraction fields, answered.
  answers               jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(answers) = 'array'),
  extracted_fields      jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extracted_fields) = 'object'),
  analyzer              text NOT NULL CHECK (analyzer IN ('local', 'openai_compatible')),
  analyzer_version      text NOT NULL CHECK (length(analyzer_version) <= 200),
  model                 text CHECK (length(model) <= 200),
  prompt_tokens         bigint NOT NULL DEFAULT 0 CHECK (prompt_tokens >= 0),
  completion_tokens     bigint NOT NULL DEFAULT 0 CHECK (completion_tokens >= 0),
  cost_usd              numeric(12, 6) NOT NULL DEFAULT 0 CHECK (cost_usd >= 0),
  is_read               boolean NOT NULL DEFAULT false,
  read_at               timestamptz,
  read_by               uuid,
  -- What the analysis led to (each at most once per call, however often it is re-analysed).
  outcomes_applied_run  integer NOT NULL DEFAULT 0,
  follow_up_task_id     uuid,
  owner_notified_at     timestamptz,
  -- When a do-not-call request heard in the transcript put the number on the do-not-call list.
  do_not_call_listed_at timestamptz,
  analyzed_at           timestamptz NOT NULL DEFAULT now(),
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, call_id),
  FOREIGN KEY (organization_id, call_id) REFERENCES call_transcripts (organization_id, call_id) ON DELETE CASCADE,
  FOREIGN KEY (organization_id, lead_id) REFERENCES leads (organization_id, id) ON DELETE SET NULL (lead_id),
  FOREIGN KEY (organization_id, owner_id) REFERENCES users (organization_id, id) ON DELETE SET NULL (owner_id),
  FOREIGN KEY (organization_id, read_by) REFERENCES users (organization_id, id) ON DELETE SET NULL (read_by)
);
COMMENT ON TABLE call_analyses IS 'module: conversations';
-- The inbox: a user's unread analyses, and everyone's for managers, newest call first.
CREATE INDEX call_analyses_owner_unread_idx ON call_analyses (organization_id, owner_id, call_id DESC) WHERE NOT is_read;
CREATE INDEX call_analyses_unread_idx ON call_analyses (organization_id, call_id DESC) WHERE NOT is_read;
CREATE INDEX call_analyses_lead_idx ON call_analyses (organization_id, lead_id) WHERE lead_id IS NOT NULL;
CALL make_tenant_table('call_analyses');

-- The analysis job runs per organization: which ones have transcripts due. The definer role sees
-- only the columns this and the search below need, never the text.
CREATE FUNCTION organizations_with_analysis_work()
  RETURNS TABLE (organization_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT DISTINCT t.organization_id FROM call_transcripts t
     WHERE t.analysis_status IN ('pending', 'processing') AND t.next_attempt_at <= now()
$$;
ALTER FUNCTION organizations_with_analysis_work() OWNER TO ${definer_role};
COMMENT ON FUNCTION organizations_with_analysis_work() IS 'module: conversations';

-- The best-ranked transcripts of the caller's organization that match a query. A SECURITY DEFINER
-- function for the reason search_lead_notes (V18) gives: so that the GIN index answers the match.
CREATE FUNCTION search_call_transcripts(q text, match_all boolean, max_rows integer)
  RETURNS TABLE (call_id uuid, rank real)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT t.call_id, ts_rank(t.search_vector, text_search_query(q, match_all), 33)
      FROM call_transcripts t
     WHERE t.organization_id = nullif(current_setting('app.organization_id', true), '')::uuid
       AND t.search_vector @@ text_search_query(q, match_all)
     ORDER BY 2 DESC, t.call_id DESC
     LIMIT least(max_rows, 1000)
$$;
ALTER FUNCTION search_call_transcripts(text, boolean, integer) OWNER TO ${definer_role};
COMMENT ON FUNCTION search_call_transcripts(text, boolean, integer) IS 'module: conversations';

CREATE POLICY definer_read ON call_transcripts FOR SELECT TO ${definer_role} USING (true);
GRANT SELECT (organization_id, call_id, analysis_status, next_attempt_at, search_vector) ON call_transcripts
  TO ${definer_role};

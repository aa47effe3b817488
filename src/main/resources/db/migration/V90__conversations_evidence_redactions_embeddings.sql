-- Issue 14: what the local analyzer adds to a call's analysis (complaint, request for a supervisor,
-- the customer sentences behind each label), the count of personal numbers masked in a stored
-- transcript, and the transcript embeddings semantic search reads.
-- pii: call_analyses.evidence (customer sentences quoted from the redacted transcript)

ALTER TABLE call_analyses
  ADD COLUMN complaint            boolean NOT NULL DEFAULT false,
  ADD COLUMN escalation_requested boolean NOT NULL DEFAULT false,
  -- [{label, segment_index, text}]
  ADD COLUMN evidence             jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(evidence) = 'array'),
  -- When the lead's owner was told of the complaint or the request for a supervisor (once per call).
  ADD COLUMN issue_notified_at    timestamptz;

-- Card, national id and bank account numbers masked before the transcript was stored.
ALTER TABLE call_transcripts
  ADD COLUMN redactions integer NOT NULL DEFAULT 0 CHECK (redactions >= 0);

-- One vector per transcript (all-MiniLM-L6-v2, 384 dimensions, L2-normalised) of its redacted text,
-- and its sign bits: a search scans the narrow signatures (Hamming distance, bit_count) and ranks the
-- best candidates by exact cosine. The vectors are stored out of line (toast_tuple_target, EXTERNAL)
-- so that the scan reads only the small rows. Without pgvector on the server this is how PostgreSQL
-- answers within the time budget; see the README.
CREATE TABLE transcript_embeddings (
  organization_id uuid NOT NULL,
  call_id         uuid NOT NULL,
  model           text NOT NULL CHECK (length(model) <= 100),
  signature       bit(384) NOT NULL,
  embedding       real[] NOT NULL CHECK (cardinality(embedding) = 384),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, call_id),
  FOREIGN KEY (organization_id, call_id) REFERENCES call_transcripts (organization_id, call_id) ON DELETE CASCADE
) WITH (toast_tuple_target = 128);
ALTER TABLE transcript_embeddings ALTER COLUMN embedding SET STORAGE EXTERNAL;
COMMENT ON TABLE transcript_embeddings IS 'module: conversations';
CALL make_tenant_table('transcript_embeddings');

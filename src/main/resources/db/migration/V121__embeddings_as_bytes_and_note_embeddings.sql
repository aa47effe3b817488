-- Issue 14, semantic search.
--
-- 1. Transcript vectors become 1,536 bytes (384 float4, big-endian) instead of a real[]. A search
--    reads the 400 candidate vectors its in-memory signature scan picked; as real[] PostgreSQL sent
--    them through array_send, one float4send call (and allocation) per element, 153,600 a search:
--    EXPLAIN ANALYZE under the application role showed the same 400-row plan taking 19 to 47 ms with
--    the vectors against 2 to 7 ms without them, the slow searches of the 95th percentile at 100,000
--    transcripts. A bytea is sent as it is stored. (The vectors were never stored out of line either:
--    a 1.7 kB row is under the threshold at which PostgreSQL tries TOAST at all, toast_tuple_target
--    notwithstanding.) The rewrite of ALTER ... TYPE reads every row whatever the row-level security.
CREATE FUNCTION pg_temp.float4_bytes(v real[]) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(float4send(x), ''::bytea ORDER BY i) FROM unnest(v) WITH ORDINALITY AS t(x, i)
$$;
ALTER TABLE transcript_embeddings DROP CONSTRAINT transcript_embeddings_embedding_check;
ALTER TABLE transcript_embeddings ALTER COLUMN embedding TYPE bytea USING pg_temp.float4_bytes(embedding);
ALTER TABLE transcript_embeddings ALTER COLUMN embedding SET STORAGE MAIN;
ALTER TABLE transcript_embeddings ADD CONSTRAINT transcript_embeddings_embedding_check CHECK (length(embedding) = 1536);

-- 2. Lead notes searched by meaning: the vector of each live note's text, written by module
--    conversations when module leads says a note was written (NoteWritten) and deleted with the note
--    (NoteDeleted). Whether a found note may be shown (private, deleted, lead out of reach) is asked
--    of module leads at search time, by the same rule as its word search: nothing here decides it.
-- pii: note_embeddings.embedding (a vector computed from a note's text; the text cannot be read back from it)
CREATE TABLE note_embeddings (
  organization_id uuid NOT NULL,
  note_id         uuid NOT NULL,
  model           text NOT NULL CHECK (length(model) <= 100),
  signature       bit(384) NOT NULL,
  embedding       bytea NOT NULL CHECK (length(embedding) = 1536),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, note_id)
);
ALTER TABLE note_embeddings ALTER COLUMN embedding SET STORAGE MAIN;
CREATE INDEX note_embeddings_changed_idx ON note_embeddings (organization_id, updated_at);
COMMENT ON TABLE note_embeddings IS 'module: conversations';
CALL make_tenant_table('note_embeddings');

-- Semantic search keeps each organization's transcript signatures in memory and refreshes them
-- with the rows changed since the newest one it has seen (SignatureCache): without this index that
-- refresh read the organization's whole table every few seconds, the slow searches of the 95th
-- percentile at 100,000 transcripts. No new columns: nothing personal is added.
CREATE INDEX transcript_embeddings_changed_idx ON transcript_embeddings (organization_id, updated_at);

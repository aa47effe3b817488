package io.switchboard.conversations.internal;

import io.switchboard.telephony.CallId;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The {@code transcript_embeddings} rows of the current organization (row-level security scopes every statement). */
@Repository
public class TranscriptEmbeddingStore {

    private final EmbeddingTable table;

    TranscriptEmbeddingStore(DSLContext db) {
        this.table = new EmbeddingTable(db, "transcript_embeddings", "call_id");
    }

    /** A transcript near the query, with its cosine similarity. */
    public record Near(CallId callId, double similarity) {}

    public void save(UUID organization, CallId call, float[] vector) {
        table.save(organization, call.value(), vector);
    }

    /**
     * The {@code max} transcripts most similar to {@code query} among the {@code candidates} whose
     * signatures are nearest, at least {@code minSimilarity} alike, most similar first.
     */
    public List<Near> nearest(float[] query, int candidates, int max, double minSimilarity) {
        return table.nearest(query, candidates, max, minSimilarity).stream()
                .map(near -> new Near(CallId.of(near.id()), near.similarity()))
                .toList();
    }
}

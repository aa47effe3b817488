package io.switchboard.conversations.internal;

import io.switchboard.conversations.internal.local.TranscriptVectors;
import io.switchboard.conversations.internal.local.Vectors;
import io.switchboard.telephony.CallId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * The {@code transcript_embeddings} rows of the current organization (row-level security scopes
 * every statement). Nearest transcripts: a scan of the 48-byte sign signatures by Hamming distance
 * picks candidates, and their vectors are ranked by exact cosine here.
 */
@Repository
public class TranscriptEmbeddingStore {

    private final DSLContext db;

    TranscriptEmbeddingStore(DSLContext db) {
        this.db = db;
    }

    /** A transcript near the query, with its cosine similarity. */
    public record Near(CallId callId, double similarity) {}

    public void save(UUID organization, CallId call, float[] vector) {
        db.execute(
                """
                INSERT INTO transcript_embeddings (organization_id, call_id, model, signature, embedding)
                VALUES ({0}, {1}, {2}, {3}::bit(384), {4})
                ON CONFLICT (organization_id, call_id) DO UPDATE
                   SET model = excluded.model, signature = excluded.signature, embedding = excluded.embedding""",
                DSL.val(organization),
                DSL.val(call.value()),
                DSL.val(TranscriptVectors.MODEL),
                DSL.val(TranscriptVectors.signature(vector)),
                DSL.val(boxed(vector), SQLDataType.REAL.array()));
    }

    /**
     * The {@code max} transcripts most similar to {@code query} among the {@code candidates} whose
     * signatures are nearest, at least {@code minSimilarity} alike, most similar first.
     */
    public List<Near> nearest(float[] query, int candidates, int max, double minSimilarity) {
        var rows = db.resultQuery(
                        """
                        SELECT call_id, embedding FROM transcript_embeddings
                         ORDER BY bit_count(signature # {0}::bit(384)), call_id
                         LIMIT {1}""",
                        DSL.val(TranscriptVectors.signature(query)), DSL.val(candidates))
                .fetch();
        List<Near> near = new ArrayList<>(rows.size());
        for (var row : rows) {
            double similarity = Vectors.dot(unboxed(row.get(1, Float[].class)), query);
            if (similarity >= minSimilarity) {
                near.add(new Near(CallId.of(row.get(0, UUID.class)), similarity));
            }
        }
        near.sort(Comparator.comparingDouble(Near::similarity).reversed());
        return near.subList(0, Math.min(max, near.size()));
    }

    private static Float[] boxed(float[] vector) {
        Float[] boxed = new Float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            boxed[i] = vector[i];
        }
        return boxed;
    }

    private static float[] unboxed(Float[] vector) {
        float[] plain = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            plain[i] = vector[i];
        }
        return plain;
    }
}

package io.switchboard.conversations.internal;

import io.switchboard.conversations.internal.local.TranscriptVectors;
import io.switchboard.conversations.internal.local.Vectors;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.CallId;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The {@code transcript_embeddings} rows of the current organization (row-level security scopes
 * every statement). Nearest transcripts: a scan of the 48-byte sign signatures by Hamming distance
 * picks candidates, and their vectors are ranked by exact cosine here.
 */
@Repository
public class TranscriptEmbeddingStore {

    private final DSLContext db;
    private final SignatureCache signatures = new SignatureCache();

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
                   SET model = excluded.model, signature = excluded.signature, embedding = excluded.embedding,
                       updated_at = now()""",
                DSL.val(organization),
                DSL.val(call.value()),
                DSL.val(TranscriptVectors.MODEL),
                DSL.val(TranscriptVectors.signature(vector)),
                DSL.val(boxed(vector), SQLDataType.REAL.array()));
        signatures.stored(organization, call.value(), TranscriptVectors.signature(vector));
    }

    /**
     * The {@code max} transcripts most similar to {@code query} among the {@code candidates} whose
     * signatures are nearest, at least {@code minSimilarity} alike, most similar first.
     */
    public List<Near> nearest(float[] query, int candidates, int max, double minSimilarity) {
        List<UUID> nearest = signatures.nearest(
                TenantContext.require().value(), TranscriptVectors.signature(query), candidates, this::changedSince);
        if (nearest.isEmpty()) {
            return List.of();
        }
        // array_send: the vectors in PostgreSQL's binary form, read far faster than their text.
        var rows = db.resultQuery(
                        "SELECT call_id, array_send(embedding) FROM transcript_embeddings WHERE call_id = ANY({0})",
                        DSL.val(nearest.toArray(UUID[]::new), SQLDataType.UUID.array()))
                .fetch();
        List<Near> near = new ArrayList<>(rows.size());
        for (var row : rows) {
            double similarity = Vectors.dot(fromArraySend(row.get(1, byte[].class)), query);
            if (similarity >= minSimilarity) {
                near.add(new Near(CallId.of(row.get(0, UUID.class)), similarity));
            }
        }
        near.sort(Comparator.comparingDouble(Near::similarity).reversed());
        return near.subList(0, Math.min(max, near.size()));
    }

    private List<SignatureCache.Row> changedSince(@Nullable OffsetDateTime since) {
        // Two statements, not "{0} IS NULL OR updated_at > {0}": a plan for either value cannot use
        // the index on (organization_id, updated_at), and every refresh read the whole table.
        var query = since == null
                ? db.resultQuery("SELECT call_id, varbit_send(signature), updated_at FROM transcript_embeddings")
                : db.resultQuery(
                        """
                        SELECT call_id, varbit_send(signature), updated_at FROM transcript_embeddings
                         WHERE organization_id = {0} AND updated_at > {1}""",
                        DSL.val(TenantContext.require().value()), DSL.val(since, SQLDataType.TIMESTAMPWITHTIMEZONE));
        return query.fetch(r -> new SignatureCache.Row(
                r.get(0, UUID.class), SignatureCache.words(r.get(1, byte[].class)), r.get(2, OffsetDateTime.class)));
    }

    /** A one-dimensional real[] without nulls from array_send: a header, then each element's length and value. */
    static float[] fromArraySend(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int dimensions = buffer.getInt();
        buffer.getInt(); // has nulls: never (the column's check)
        buffer.getInt(); // element type
        if (dimensions != 1) {
            return new float[0];
        }
        int length = buffer.getInt();
        buffer.getInt(); // lower bound
        float[] vector = new float[length];
        for (int i = 0; i < length; i++) {
            buffer.getInt(); // element length: 4
            vector[i] = buffer.getFloat();
        }
        return vector;
    }

    private static Float[] boxed(float[] vector) {
        Float[] boxed = new Float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            boxed[i] = vector[i];
        }
        return boxed;
    }
}

package io.switchboard.conversations.internal;

import io.switchboard.conversations.internal.local.TranscriptVectors;
import io.switchboard.conversations.internal.local.Vectors;
import io.switchboard.shared.TenantContext;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

/**
 * A table of vectors of one organization's documents (transcripts, notes), keyed by the document's
 * id: each row holds the vector as 384 big-endian float4 (a bytea, sent as stored) and its 384 sign
 * bits. Nearest documents: the signatures, held in memory ({@link SignatureCache}), pick candidates
 * by Hamming distance; their vectors are read (row-level security applies) and ranked by exact
 * cosine here.
 */
final class EmbeddingTable {

    static final int BYTES = 384 * Float.BYTES;

    /** A document near the query, with its cosine similarity. */
    record Near(UUID id, double similarity) {}

    private final DSLContext db;
    private final Name table;
    private final Name key;
    private final SignatureCache signatures = new SignatureCache();

    EmbeddingTable(DSLContext db, String table, String key) {
        this.db = db;
        this.table = DSL.name(table);
        this.key = DSL.name(key);
    }

    void save(UUID organization, UUID id, float[] vector) {
        String signature = TranscriptVectors.signature(vector);
        db.execute(
                """
                INSERT INTO {0} (organization_id, {1}, model, signature, embedding)
                VALUES ({2}, {3}, {4}, {5}::bit(384), {6})
                ON CONFLICT (organization_id, {1}) DO UPDATE
                   SET model = excluded.model, signature = excluded.signature, embedding = excluded.embedding,
                       updated_at = now()""",
                table,
                key,
                DSL.val(organization),
                DSL.val(id),
                DSL.val(TranscriptVectors.MODEL),
                DSL.val(signature),
                DSL.val(bytes(vector)));
        signatures.stored(organization, id, signature);
    }

    /** Drops the vector; the signature held in memory goes when a search next finds it without one. */
    void delete(UUID id) {
        db.execute("DELETE FROM {0} WHERE {1} = {2}", table, key, DSL.val(id));
    }

    /**
     * The {@code max} documents most similar to {@code query} among the {@code candidates} whose
     * signatures are nearest, at least {@code minSimilarity} alike, most similar first.
     */
    List<Near> nearest(float[] query, int candidates, int max, double minSimilarity) {
        List<UUID> nearest = signatures.nearest(
                TenantContext.require().value(), TranscriptVectors.signature(query), candidates, this::changedSince);
        if (nearest.isEmpty()) {
            return List.of();
        }
        var rows = db.resultQuery(
                        "SELECT {0}, embedding FROM {1} WHERE {0} = ANY({2})",
                        key, table, DSL.val(nearest.toArray(UUID[]::new), SQLDataType.UUID.array()))
                .fetch();
        List<Near> near = new ArrayList<>(rows.size());
        for (var row : rows) {
            double similarity = Vectors.dot(floats(row.get(1, byte[].class)), query);
            if (similarity >= minSimilarity) {
                near.add(new Near(row.get(0, UUID.class), similarity));
            }
        }
        near.sort(Comparator.comparingDouble(Near::similarity).reversed());
        return near.subList(0, Math.min(max, near.size()));
    }

    private List<SignatureCache.Row> changedSince(@Nullable OffsetDateTime since) {
        // Two statements, not "{0} IS NULL OR updated_at > {0}": a plan for either value cannot use
        // the index on (organization_id, updated_at), and every refresh read the whole table.
        var query = since == null
                ? db.resultQuery("SELECT {0}, varbit_send(signature), updated_at FROM {1}", key, table)
                : db.resultQuery(
                        "SELECT {0}, varbit_send(signature), updated_at FROM {1} WHERE organization_id = {2} AND updated_at > {3}",
                        key,
                        table,
                        DSL.val(TenantContext.require().value()),
                        DSL.val(since, SQLDataType.TIMESTAMPWITHTIMEZONE));
        return query.fetch(r -> new SignatureCache.Row(
                r.get(0, UUID.class), SignatureCache.words(r.get(1, byte[].class)), r.get(2, OffsetDateTime.class)));
    }

    /** A vector as stored: its floats in order, big-endian (float4send's order). */
    static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] floats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(vector);
        return vector;
    }
}

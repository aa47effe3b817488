package io.switchboard.conversations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.conversations.internal.local.Vectors;
import io.switchboard.support.ApiTest;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Vectors are stored as the bytes of their floats: a search reads 400 of them, and a real[] went
 * out through array_send, one call per element (the slow searches of the 95th percentile at
 * 100,000 transcripts). The rows V121 converted must read back as the floats they held.
 */
class EmbeddingTableIT extends ApiTest {

    @Autowired
    DSLContext db;

    private static float[] vector(long seed) {
        Random random = new Random(seed);
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Vectors.normalized(v);
    }

    @Test
    void theVectorsAreStoredAsBytesNotAsAnArray() {
        String type = db.resultQuery("SELECT data_type FROM information_schema.columns"
                        + " WHERE table_name = 'transcript_embeddings' AND column_name = 'embedding'")
                .fetchOne(0, String.class);

        assertThat(type).isEqualTo("bytea");
    }

    @Test
    void theMigrationsConversionOfARealArrayGivesTheBytesJavaStoresAndReads() {
        float[] v = vector(7);
        Float[] boxed = new Float[v.length];
        for (int i = 0; i < v.length; i++) {
            boxed[i] = v[i];
        }

        byte[] converted = (byte[]) db.resultQuery(
                        "SELECT string_agg(float4send(x), ''::bytea ORDER BY i) FROM unnest({0}) WITH ORDINALITY AS t(x, i)",
                        DSL.val(boxed, SQLDataType.REAL.array()))
                .fetchOne()
                .get(0);

        assertThat(converted).isEqualTo(EmbeddingTable.bytes(v));
        assertThat(EmbeddingTable.floats(converted)).isEqualTo(v);
    }
}

package io.switchboard.conversations.internal;

import io.switchboard.conversations.Segment;
import io.switchboard.conversations.internal.TranscriptEmbeddingStore.Near;
import io.switchboard.telephony.CallId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Semantic search over the organization's transcripts: each analysed transcript's vector is stored
 * beside it, and a query finds the transcripts whose meaning is nearest, whatever words they use.
 */
@Component
public class SemanticIndex {

    /** Below this cosine a transcript is about something else (MiniLM puts unrelated texts near 0.1). */
    public static final double MIN_SIMILARITY = 0.3;
    /** Signatures rank candidates roughly; this many get the exact cosine. */
    private static final int MIN_CANDIDATES = 400;

    private final LocalModel model;
    private final TranscriptEmbeddingStore store;

    SemanticIndex(TranscriptEmbeddingStore store, LocalModel model) {
        this.model = model;
        this.store = store;
    }

    /** The transcript's vector; computed outside any transaction (it costs CPU, not the database). */
    public float[] vector(List<Segment> segments) {
        return model.vectors().transcript(segments);
    }

    public void store(UUID organization, CallId call, float[] vector) {
        store.save(organization, call, vector);
    }

    public List<Near> search(String query, int max) {
        return store.nearest(model.vectors().query(query), Math.max(MIN_CANDIDATES, 2 * max), max, MIN_SIMILARITY);
    }
}

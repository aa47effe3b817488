package io.switchboard.conversations.internal;

import io.switchboard.conversations.Segment;
import io.switchboard.conversations.internal.TranscriptEmbeddingStore.Near;
import io.switchboard.leads.NoteId;
import io.switchboard.telephony.CallId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Semantic search over the organization's transcripts and notes: each analysed transcript's and
 * each note's vector is stored beside it, and a query finds those whose meaning is nearest,
 * whatever words they use.
 */
@Component
public class SemanticIndex {

    /** Below this cosine a text is about something else (MiniLM puts unrelated texts near 0.1). */
    public static final double MIN_SIMILARITY = 0.3;
    /** Signatures rank candidates roughly; this many get the exact cosine. */
    private static final int MIN_CANDIDATES = 400;

    private final LocalModel model;
    private final TranscriptEmbeddingStore transcripts;
    private final NoteEmbeddingStore notes;

    SemanticIndex(TranscriptEmbeddingStore transcripts, NoteEmbeddingStore notes, LocalModel model) {
        this.model = model;
        this.transcripts = transcripts;
        this.notes = notes;
    }

    /** A text's vector (a transcript's, a note's); computed outside any transaction (it costs CPU, not the database). */
    public float[] vector(List<Segment> segments) {
        return model.vectors().transcript(segments);
    }

    /** A query's vector, for {@link #search} and {@link #searchNotes}. */
    public float[] query(String query) {
        return model.vectors().query(query);
    }

    public void store(UUID organization, CallId call, float[] vector) {
        transcripts.save(organization, call, vector);
    }

    public void store(UUID organization, NoteId note, float[] vector) {
        notes.save(organization, note, vector);
    }

    public void forget(NoteId note) {
        notes.delete(note);
    }

    public List<Near> search(float[] query, int max) {
        return transcripts.nearest(query, Math.max(MIN_CANDIDATES, 2 * max), max, MIN_SIMILARITY);
    }

    public List<NoteEmbeddingStore.Near> searchNotes(float[] query, int max) {
        return notes.nearest(query, Math.max(MIN_CANDIDATES, 2 * max), max, MIN_SIMILARITY);
    }
}

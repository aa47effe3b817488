package io.switchboard.conversations.internal;

import io.switchboard.leads.NoteId;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The {@code note_embeddings} rows of the current organization (row-level security scopes every statement). */
@Repository
public class NoteEmbeddingStore {

    private final EmbeddingTable table;

    NoteEmbeddingStore(DSLContext db) {
        this.table = new EmbeddingTable(db, "note_embeddings", "note_id");
    }

    /** A note near the query, with its cosine similarity. */
    public record Near(NoteId noteId, double similarity) {}

    public void save(UUID organization, NoteId note, float[] vector) {
        table.save(organization, note.value(), vector);
    }

    public void delete(NoteId note) {
        table.delete(note.value());
    }

    /** As {@link TranscriptEmbeddingStore#nearest}. */
    public List<Near> nearest(float[] query, int candidates, int max, double minSimilarity) {
        return table.nearest(query, candidates, max, minSimilarity).stream()
                .map(near -> new Near(NoteId.of(near.id()), near.similarity()))
                .toList();
    }
}

package io.switchboard.leads;

import io.switchboard.leads.internal.NoteIndex;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over the organization's notes ("who asked about financing?"): PostgreSQL
 * {@code websearch_to_tsquery} syntax (quoted phrases, {@code or}, {@code -word}), best match first
 * ({@code ts_rank}), with an excerpt ({@code ts_headline}). Private notes are found by their author
 * only; notes on deleted leads not at all.
 */
@Service
public class NoteSearch {

    public static final int MAX_ROWS = 1_000;

    private final NoteIndex index;

    NoteSearch(NoteIndex index) {
        this.index = index;
    }

    /**
     * @param matchAll whether a note must hold every word (else any word, more of them ranking higher)
     * @param max at most this many matches ({@value #MAX_ROWS} at most)
     */
    @Transactional(readOnly = true)
    public List<NoteMatch> search(String query, boolean matchAll, @Nullable UUID viewer, int max) {
        return index.search(query, matchAll, viewer, Math.min(max, MAX_ROWS));
    }

    /**
     * Of the given notes (found another way, e.g. by meaning), those the viewer may see by the same
     * rule as {@link #search}, with an excerpt from the start of each (nothing marked); in no order.
     */
    @Transactional(readOnly = true)
    public List<NoteMatch> visible(Collection<NoteId> notes, @Nullable UUID viewer) {
        return notes.isEmpty() ? List.of() : index.visible(notes, viewer);
    }
}

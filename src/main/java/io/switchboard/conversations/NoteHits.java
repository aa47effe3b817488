package io.switchboard.conversations;

import io.switchboard.conversations.internal.NoteEmbeddingStore;
import io.switchboard.conversations.internal.SemanticIndex;
import io.switchboard.leads.NoteId;
import io.switchboard.leads.NoteMatch;
import io.switchboard.leads.NoteSearch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Notes found by their words (module leads' full-text search), blended with notes found by meaning
 * (their vectors here), as transcripts are. Whether a note found by meaning may be shown is asked
 * of module leads, by the rule its word search applies: private notes to their author only, none
 * of a deleted note or lead, none of a lead out of the caller's reach.
 */
@Component
class NoteHits {

    /** The hits, and how many notes matched the words. */
    record Found(List<SearchHit> hits, int wordMatches) {}

    private final NoteSearch notes;
    private final SemanticIndex semantic;

    NoteHits(NoteSearch notes, SemanticIndex semantic) {
        this.notes = notes;
        this.semantic = semantic;
    }

    /** @param meaning the query's vector, or {@code null} when the query asks for words only */
    Found find(String q, boolean all, float @Nullable [] meaning, @Nullable UUID viewer, int want) {
        List<NoteMatch> byWords = notes.search(q, all, viewer, want);
        Map<NoteId, NoteMatch> matches = new LinkedHashMap<>();
        Map<NoteId, Integer> wordRank = new HashMap<>();
        for (int i = 0; i < byWords.size(); i++) {
            matches.put(byWords.get(i).noteId(), byWords.get(i));
            wordRank.put(byWords.get(i).noteId(), i);
        }
        Map<NoteId, Integer> meaningRank = new HashMap<>();
        if (meaning != null) {
            List<NoteEmbeddingStore.Near> near = semantic.searchNotes(meaning, want);
            for (int i = 0; i < near.size(); i++) {
                meaningRank.put(near.get(i).noteId(), i);
            }
            List<NoteId> unseen = near.stream()
                    .map(NoteEmbeddingStore.Near::noteId)
                    .filter(id -> !matches.containsKey(id))
                    .toList();
            notes.visible(unseen, viewer).forEach(m -> matches.put(m.noteId(), m));
        }
        List<SearchHit> hits = new ArrayList<>(matches.size());
        for (NoteMatch m : matches.values()) {
            hits.add(hit(m, wordRank.getOrDefault(m.noteId(), -1), meaningRank.getOrDefault(m.noteId(), -1)));
        }
        return new Found(hits, byWords.size());
    }

    private static SearchHit hit(NoteMatch m, int wordRank, int meaningRank) {
        return new SearchHit(
                SearchKind.NOTE,
                null,
                m.noteId(),
                m.leadId().value(),
                m.leadName(),
                null,
                m.createdAt(),
                Blend.rank(wordRank, meaningRank),
                m.snippet());
    }
}

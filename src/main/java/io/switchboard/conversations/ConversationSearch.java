package io.switchboard.conversations;

import io.switchboard.conversations.internal.SemanticIndex;
import io.switchboard.conversations.internal.TranscriptEmbeddingStore;
import io.switchboard.conversations.internal.TranscriptIndex;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.RecordReach;
import io.switchboard.telephony.CallId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search over call transcripts and lead notes ("who asked about financing?"): PostgreSQL
 * full-text search in web-search syntax (quoted phrases, {@code or}, {@code -word}), in every
 * language the transcripts come in, blended with semantic search over the transcripts and notes
 * (the analyzer's sentence embeddings: "worried about the monthly payment" finds a call about
 * financing), best match first. A plain question whose words never occur all together falls back
 * to documents holding any of them ({@link SearchResults#match()} says which).
 * Results are pages of a ranked list; the cursor holds the position, at most {@value #MAX_DEPTH}
 * results deep.
 */
@Service
public class ConversationSearch {

    public static final int MAX_QUERY = 200;
    public static final int MAX_DEPTH = 500;

    private static final int BLEND_DEPTH = 100;
    private static final Pattern CURSOR = Pattern.compile("(all|any):(\\d{1,4})");
    private static final Pattern OPERATORS = Pattern.compile("\"|(^|\\s)-\\S|(^|\\s)or(\\s|$)");

    private final TranscriptIndex transcripts;
    private final SemanticIndex semantic;
    private final NoteHits noteHits;
    private final LeadDirectory leads;

    ConversationSearch(TranscriptIndex transcripts, SemanticIndex semantic, NoteHits noteHits, LeadDirectory leads) {
        this.transcripts = transcripts;
        this.semantic = semantic;
        this.noteHits = noteHits;
        this.leads = leads;
    }

    /**
     * @param kinds what to search (the caller's permissions decide: transcripts need calls:read,
     *     notes leads:read)
     * @param viewer whose private notes may be found
     */
    @Transactional(readOnly = true)
    public SearchResults search(
            String query,
            Set<SearchKind> kinds,
            @Nullable UUID viewer,
            @Nullable String cursor,
            @Nullable Integer limit) {
        String q = query.strip();
        if (q.isEmpty() || q.length() > MAX_QUERY) {
            throw new InvalidInput("q", "invalid_query", "must be 1 to " + MAX_QUERY + " characters");
        }
        int size = CursorPage.limit(limit);
        Position position = cursor == null || cursor.isBlank() ? new Position(true, 0) : Position.decode(cursor);
        // Every page of the first hundred (then of the next…) blends the same lists: ranked by words
        // and by meaning to a depth of its own, each page would rank the documents differently, and a
        // document could show on two pages or on none.
        int want = Math.min(MAX_DEPTH, (position.offset() + size + BLEND_DEPTH - 1) / BLEND_DEPTH * BLEND_DEPTH) + 1;
        boolean all = position.all();
        // Phrases, "or" and exclusions ask for words: only a plain query is also searched by meaning.
        float @Nullable [] meaning = relaxable(q) ? semantic.query(q) : null;
        Found found = find(q, all, meaning, kinds, viewer, want);
        if (found.wordMatches() == 0 && all && position.offset() == 0 && meaning != null) {
            all = false;
            found = find(q, false, meaning, kinds, viewer, want);
        }
        List<SearchHit> hits = found.hits();
        int from = Math.min(position.offset(), hits.size());
        int to = Math.min(from + size, hits.size());
        String next = hits.size() > to && to < MAX_DEPTH ? new Position(all, to).encode() : null;
        return new SearchResults(List.copyOf(hits.subList(from, to)), next, all ? "all" : "any");
    }

    /** A plain list of words, which may be relaxed to "any of them"; not one with phrases, or, or exclusions. */
    static boolean relaxable(String query) {
        return !OPERATORS.matcher(query.toLowerCase(Locale.ROOT)).find();
    }

    /** The blended list, and how many documents matched the words (not the meaning). */
    private record Found(List<SearchHit> hits, int wordMatches) {}

    private Found find(
            String q, boolean all, float @Nullable [] meaning, Set<SearchKind> kinds, @Nullable UUID viewer, int want) {
        List<SearchHit> hits = new ArrayList<>();
        int wordMatches = 0;
        if (kinds.contains(SearchKind.TRANSCRIPT)) {
            List<TranscriptIndex.Match> matches = transcripts.search(q, all, want);
            wordMatches += matches.size();
            hits.addAll(inReach(transcriptHits(meaning, matches, want)));
        }
        if (kinds.contains(SearchKind.NOTE)) {
            NoteHits.Found notes = noteHits.find(q, all, meaning, viewer, want);
            wordMatches += notes.wordMatches();
            hits.addAll(notes.hits());
        }
        hits.sort(Comparator.comparingDouble(SearchHit::rank)
                .reversed()
                .thenComparing(SearchHit::at, Comparator.reverseOrder()));
        return new Found(hits, wordMatches);
    }

    /** The transcripts of calls whose leads the caller reaches (a call out of reach is not found). */
    private List<SearchHit> inReach(List<SearchHit> transcripts) {
        if (RecordReach.reachesAll(RecordReach::calls)) {
            return transcripts;
        }
        Set<UUID> reachable =
                Set.copyOf(leads.idsInReach(RecordReach.current().orElseThrow().calls()));
        return transcripts.stream()
                .filter(hit -> hit.leadId() != null && reachable.contains(hit.leadId()))
                .toList();
    }

    /**
     * Transcripts found by their words, blended with those found by meaning (a plain query only:
     * phrases, "or" and exclusions ask for words).
     */
    private List<SearchHit> transcriptHits(float @Nullable [] meaning, List<TranscriptIndex.Match> byWords, int want) {
        Map<CallId, TranscriptIndex.Match> matches = new LinkedHashMap<>();
        Map<CallId, Integer> wordRank = new HashMap<>();
        for (int i = 0; i < byWords.size(); i++) {
            matches.put(byWords.get(i).callId(), byWords.get(i));
            wordRank.put(byWords.get(i).callId(), i);
        }
        Map<CallId, Integer> meaningRank = new HashMap<>();
        if (meaning != null) {
            List<TranscriptEmbeddingStore.Near> near = semantic.search(meaning, want);
            for (int i = 0; i < near.size(); i++) {
                meaningRank.put(near.get(i).callId(), i);
            }
            List<UUID> unseen = near.stream()
                    .map(TranscriptEmbeddingStore.Near::callId)
                    .filter(id -> !matches.containsKey(id))
                    .map(CallId::value)
                    .toList();
            if (!unseen.isEmpty()) {
                transcripts.describe(unseen).forEach(m -> matches.put(m.callId(), m));
            }
        }
        Map<UUID, String> names = leads.names(matches.values().stream()
                .map(TranscriptIndex.Match::leadId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<SearchHit> hits = new ArrayList<>();
        for (TranscriptIndex.Match m : matches.values()) {
            hits.add(new SearchHit(
                    SearchKind.TRANSCRIPT,
                    m.callId(),
                    null,
                    m.leadId(),
                    m.leadId() == null ? null : names.get(m.leadId()),
                    m.qualification(),
                    m.receivedAt(),
                    Blend.rank(wordRank.getOrDefault(m.callId(), -1), meaningRank.getOrDefault(m.callId(), -1)),
                    m.snippet()));
        }
        return hits;
    }

    /** Where a page starts in the ranked list, and whether the list holds every word or any. */
    record Position(boolean all, int offset) {

        String encode() {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(((all ? "all:" : "any:") + offset).getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                var m = CURSOR.matcher(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
                if (m.matches() && Integer.parseInt(m.group(2)) <= MAX_DEPTH) {
                    return new Position(m.group(1).equals("all"), Integer.parseInt(m.group(2)));
                }
            } catch (IllegalArgumentException e) {
                // not base64: answered below
            }
            throw new InvalidInput("cursor", "invalid_cursor", "is not a cursor returned by this search");
        }
    }
}

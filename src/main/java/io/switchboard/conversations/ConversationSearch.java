package io.switchboard.conversations;

import io.switchboard.conversations.internal.TranscriptIndex;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.NoteMatch;
import io.switchboard.leads.NoteSearch;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
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
 * language the transcripts come in, best match first. A plain question whose words never occur all
 * together falls back to documents holding any of them ({@link SearchResults#match()} says which).
 * Results are pages of a ranked list; the cursor holds the position, at most {@value #MAX_DEPTH}
 * results deep.
 */
@Service
public class ConversationSearch {

    public static final int MAX_QUERY = 200;
    public static final int MAX_DEPTH = 500;
    private static final Pattern CURSOR = Pattern.compile("(all|any):(\\d{1,4})");
    private static final Pattern OPERATORS = Pattern.compile("\"|(^|\\s)-\\S|(^|\\s)or(\\s|$)");

    private final TranscriptIndex transcripts;
    private final NoteSearch notes;
    private final LeadDirectory leads;

    ConversationSearch(TranscriptIndex transcripts, NoteSearch notes, LeadDirectory leads) {
        this.transcripts = transcripts;
        this.notes = notes;
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
        int want = Math.min(MAX_DEPTH, position.offset() + size) + 1;
        boolean all = position.all();
        List<SearchHit> hits = find(q, all, kinds, viewer, want);
        if (hits.isEmpty() && all && position.offset() == 0 && relaxable(q)) {
            all = false;
            hits = find(q, false, kinds, viewer, want);
        }
        int from = Math.min(position.offset(), hits.size());
        int to = Math.min(from + size, hits.size());
        String next = hits.size() > to && to < MAX_DEPTH ? new Position(all, to).encode() : null;
        return new SearchResults(List.copyOf(hits.subList(from, to)), next, all ? "all" : "any");
    }

    /** A plain list of words, which may be relaxed to "any of them"; not one with phrases, or, or exclusions. */
    static boolean relaxable(String query) {
        return !OPERATORS.matcher(query.toLowerCase(Locale.ROOT)).find();
    }

    private List<SearchHit> find(String q, boolean all, Set<SearchKind> kinds, @Nullable UUID viewer, int want) {
        List<SearchHit> hits = new ArrayList<>();
        if (kinds.contains(SearchKind.TRANSCRIPT)) {
            List<TranscriptIndex.Match> matches = transcripts.search(q, all, want);
            Map<UUID, String> names = leads.names(matches.stream()
                    .map(TranscriptIndex.Match::leadId)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList());
            for (TranscriptIndex.Match m : matches) {
                hits.add(new SearchHit(
                        SearchKind.TRANSCRIPT,
                        m.callId(),
                        null,
                        m.leadId(),
                        m.leadId() == null ? null : names.get(m.leadId()),
                        m.qualification(),
                        m.receivedAt(),
                        m.rank(),
                        m.snippet()));
            }
        }
        if (kinds.contains(SearchKind.NOTE)) {
            for (NoteMatch m : notes.search(q, all, viewer, want)) {
                hits.add(new SearchHit(
                        SearchKind.NOTE,
                        null,
                        m.noteId(),
                        m.leadId().value(),
                        m.leadName(),
                        null,
                        m.createdAt(),
                        m.rank(),
                        m.snippet()));
            }
        }
        hits.sort(Comparator.comparingDouble(SearchHit::rank)
                .reversed()
                .thenComparing(SearchHit::at, Comparator.reverseOrder()));
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

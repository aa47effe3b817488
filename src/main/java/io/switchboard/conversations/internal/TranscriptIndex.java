package io.switchboard.conversations.internal;

import static io.switchboard.db.Tables.CALL_ANALYSES;
import static io.switchboard.db.Tables.CALL_TRANSCRIPTS;
import static io.switchboard.db.Tables.SEARCH_CALL_TRANSCRIPTS;

import io.switchboard.conversations.Qualification;
import io.switchboard.db.tables.SearchCallTranscripts;
import io.switchboard.shared.Snippet;
import io.switchboard.telephony.CallId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Full-text search over call transcripts: {@code search_call_transcripts} (V52) finds and ranks the
 * matches through the GIN index; excerpts are made here, for those rows only.
 */
@Repository
public class TranscriptIndex {

    private static final int OPENING = 240;

    private final DSLContext db;

    TranscriptIndex(DSLContext db) {
        this.db = db;
    }

    /** A transcript that matched: its call, lead, the call's qualification if analysed, and the excerpt. */
    public record Match(
            CallId callId,
            @Nullable UUID leadId,
            @Nullable String language,
            @Nullable Qualification qualification,
            Instant receivedAt,
            double rank,
            Snippet snippet) {}

    /** The given transcripts (found by meaning, not words) with the opening of each as its excerpt. */
    public List<Match> describe(Collection<UUID> calls) {
        Field<String> opening = DSL.field("left({0}, {1})", String.class, CALL_TRANSCRIPTS.FULL_TEXT, DSL.val(OPENING));
        return read(calls, opening, excerpt -> new Snippet(excerpt, List.of(new Snippet.Part(excerpt, false))))
                .values()
                .stream()
                .map(m -> m.apply(0))
                .toList();
    }

    /**
     * The given transcripts with their lead, language, time and qualification, and the excerpt, by
     * call. Every table is read by the calls' keys: a join to the search function's rows instead let
     * the planner, when it took the organization for a small one (no statistics yet after a bulk
     * load, or an organization far larger than the average), hash all of its transcripts (100,000
     * rows, 150 to 300 ms) to keep 101.
     */
    private Map<UUID, DoubleFunction<Match>> read(
            Collection<UUID> calls, Field<String> excerpt, Function<String, Snippet> snippet) {
        Map<UUID, DoubleFunction<Match>> found = new HashMap<>();
        db.select(
                        CALL_TRANSCRIPTS.CALL_ID,
                        CALL_TRANSCRIPTS.LEAD_ID,
                        CALL_TRANSCRIPTS.LANGUAGE,
                        CALL_TRANSCRIPTS.RECEIVED_AT,
                        CALL_ANALYSES.QUALIFICATION,
                        excerpt)
                .from(CALL_TRANSCRIPTS)
                .leftJoin(CALL_ANALYSES)
                .on(CALL_ANALYSES
                        .ORGANIZATION_ID
                        .eq(CALL_TRANSCRIPTS.ORGANIZATION_ID)
                        .and(CALL_ANALYSES.CALL_ID.eq(CALL_TRANSCRIPTS.CALL_ID))
                        .and(CALL_ANALYSES.CALL_ID.in(calls)))
                .where(CALL_TRANSCRIPTS.CALL_ID.in(calls))
                .forEach(r -> found.put(
                        r.get(CALL_TRANSCRIPTS.CALL_ID),
                        rank -> new Match(
                                CallId.of(r.get(CALL_TRANSCRIPTS.CALL_ID)),
                                r.get(CALL_TRANSCRIPTS.LEAD_ID),
                                r.get(CALL_TRANSCRIPTS.LANGUAGE),
                                qualification(r.get(CALL_ANALYSES.QUALIFICATION)),
                                r.get(CALL_TRANSCRIPTS.RECEIVED_AT).toInstant(),
                                rank,
                                snippet.apply(r.get(excerpt)))));
        return found;
    }

    private static @Nullable Qualification qualification(@Nullable String code) {
        return code == null ? null : Qualification.fromCode(code);
    }

    /**
     * The excerpt with the matches marked. The query is parsed in a scalar subquery, once: as a plain
     * argument it was parsed again for every row once the statement ran on a generic plan (its
     * parameters unknown to the planner, from the sixth execution on a connection).
     */
    private static Field<String> headline(String query, boolean matchAll) {
        return DSL.field(
                "ts_headline(text_search_config({0}), {1}, (SELECT text_search_query({2}, {3})), {4})",
                String.class,
                CALL_TRANSCRIPTS.LANGUAGE,
                CALL_TRANSCRIPTS.FULL_TEXT,
                DSL.val(query),
                DSL.val(matchAll),
                DSL.val(Snippet.HEADLINE_OPTIONS));
    }

    /** The best-ranked transcripts holding the query's words (every word, or any), best first. */
    public List<Match> search(String query, boolean matchAll, int max) {
        SearchCallTranscripts hits = SEARCH_CALL_TRANSCRIPTS.call(query, matchAll, max);
        var ranked = db.select(hits.CALL_ID, hits.RANK)
                .from(hits)
                .orderBy(hits.RANK.desc(), hits.CALL_ID.desc())
                .fetch();
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<UUID, DoubleFunction<Match>> found =
                read(ranked.getValues(hits.CALL_ID), headline(query, matchAll), Snippet::fromHeadline);
        List<Match> matches = new ArrayList<>(ranked.size());
        for (var hit : ranked) {
            DoubleFunction<Match> match = found.get(hit.value1());
            if (match != null) {
                matches.add(match.apply(hit.value2()));
            }
        }
        return matches;
    }
}

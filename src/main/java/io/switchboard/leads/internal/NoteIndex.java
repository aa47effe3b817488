package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEADS;
import static io.switchboard.db.Tables.LEAD_NOTES;
import static io.switchboard.db.Tables.SEARCH_LEAD_NOTES;

import io.switchboard.db.tables.SearchLeadNotes;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.NoteId;
import io.switchboard.leads.NoteMatch;
import io.switchboard.shared.Snippet;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Full-text search over notes: {@code search_lead_notes} (V18) finds and ranks the matches through
 * the GIN index; the excerpts are made here, for those rows only.
 */
@Repository
public class NoteIndex {

    private final DSLContext db;

    NoteIndex(DSLContext db) {
        this.db = db;
    }

    public List<NoteMatch> search(String query, boolean matchAll, @Nullable UUID viewer, int max) {
        SearchLeadNotes hits = SEARCH_LEAD_NOTES.call(query, matchAll, viewer, max);
        Field<String> headline = DSL.field(
                "ts_headline('pg_catalog.english', {0}, (SELECT text_search_query({1}, {2})), {3})",
                String.class, LEAD_NOTES.BODY, DSL.val(query), DSL.val(matchAll), DSL.val(Snippet.HEADLINE_OPTIONS));
        return db.select(
                        hits.NOTE_ID,
                        hits.RANK,
                        LEAD_NOTES.LEAD_ID,
                        LEAD_NOTES.AUTHOR_ID,
                        LEAD_NOTES.CREATED_AT,
                        LEADS.NAME,
                        headline)
                .from(hits)
                .join(LEAD_NOTES)
                .on(LEAD_NOTES.ID.eq(hits.NOTE_ID))
                .join(LEADS)
                .on(LEADS.ORGANIZATION_ID.eq(LEAD_NOTES.ORGANIZATION_ID).and(LEADS.ID.eq(LEAD_NOTES.LEAD_ID)))
                .where(LeadReach.condition())
                .orderBy(hits.RANK.desc(), hits.NOTE_ID.desc())
                .fetch(r -> new NoteMatch(
                        NoteId.of(r.get(hits.NOTE_ID)),
                        LeadId.of(r.get(LEAD_NOTES.LEAD_ID)),
                        r.get(LEADS.NAME),
                        r.get(LEAD_NOTES.AUTHOR_ID),
                        r.get(LEAD_NOTES.CREATED_AT).toInstant(),
                        r.get(hits.RANK),
                        Snippet.fromHeadline(r.get(headline))));
    }

    /** The notes among {@code ids} the viewer may see: as {@code search_lead_notes} (V18) and the lead's reach decide. */
    public List<NoteMatch> visible(Collection<NoteId> ids, @Nullable UUID viewer) {
        Condition mayRead = viewer == null
                ? LEAD_NOTES.IS_PRIVATE.isFalse()
                : LEAD_NOTES.IS_PRIVATE.isFalse().or(LEAD_NOTES.AUTHOR_ID.eq(viewer));
        return db.select(
                        LEAD_NOTES.ID,
                        LEAD_NOTES.LEAD_ID,
                        LEAD_NOTES.AUTHOR_ID,
                        LEAD_NOTES.CREATED_AT,
                        LEAD_NOTES.BODY,
                        LEADS.NAME)
                .from(LEAD_NOTES)
                .join(LEADS)
                .on(LEADS.ORGANIZATION_ID.eq(LEAD_NOTES.ORGANIZATION_ID).and(LEADS.ID.eq(LEAD_NOTES.LEAD_ID)))
                .where(LEAD_NOTES.ID.in(ids.stream().map(NoteId::value).toList()))
                .and(LEAD_NOTES.DELETED_AT.isNull())
                .and(LEADS.DELETED_AT.isNull())
                .and(mayRead)
                .and(LeadReach.condition())
                .fetch(r -> new NoteMatch(
                        NoteId.of(r.get(LEAD_NOTES.ID)),
                        LeadId.of(r.get(LEAD_NOTES.LEAD_ID)),
                        r.get(LEADS.NAME),
                        r.get(LEAD_NOTES.AUTHOR_ID),
                        r.get(LEAD_NOTES.CREATED_AT).toInstant(),
                        0,
                        excerpt(r.get(LEAD_NOTES.BODY))));
    }

    /** The start of a note, cut at a word, as long as a word search's excerpt (28 words at most). */
    static Snippet excerpt(String body) {
        String[] words = body.strip().split("\\s+", 29);
        String text = words.length > 28
                ? String.join(" ", java.util.Arrays.copyOf(words, 28)) + " …"
                : String.join(" ", words);
        return new Snippet(text, List.of(new Snippet.Part(text, false)));
    }
}

package io.switchboard.conversations;

import io.switchboard.leads.NoteId;
import io.switchboard.shared.Snippet;
import io.switchboard.telephony.CallId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One search result: a call's transcript or a note on a lead, with the matching excerpt.
 *
 * @param callId the call, for a transcript
 * @param noteId the note, for a note
 * @param qualification the call's qualification, for an analysed call's transcript
 * @param at when the transcript arrived or the note was written
 * @param rank relevance, 0..1, higher first: the position among word matches (PostgreSQL full-text
 *     search) blended with the position among meaning matches (semantic search), see {@code Blend}
 */
public record SearchHit(
        SearchKind kind,
        @Nullable CallId callId,
        @Nullable NoteId noteId,
        @Nullable UUID leadId,
        @Nullable String leadName,
        @Nullable Qualification qualification,
        Instant at,
        double rank,
        Snippet snippet) {}

package io.switchboard.leads;

import io.switchboard.shared.Snippet;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A note that matched a full-text search, with the lead it is on and the matching excerpt. */
public record NoteMatch(
        NoteId noteId,
        LeadId leadId,
        String leadName,
        @Nullable UUID authorId,
        Instant createdAt,
        double rank,
        Snippet snippet) {}

package io.switchboard.leads;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One (re)assignment of a lead, with its reason and the new owner's feedback on it. */
public record Assignment(
        UUID id,
        LeadId leadId,
        @Nullable UUID assignedFrom,
        @Nullable UUID assignedTo,
        @Nullable UUID assignedBy,
        @Nullable String reason,
        @Nullable String feedback,
        @Nullable Integer feedbackRating,
        @Nullable Instant feedbackAt,
        Instant createdAt) {}

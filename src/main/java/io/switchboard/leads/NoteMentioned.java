package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A note mentions someone, who should be told. */
public record NoteMentioned(
        UUID organizationId,
        LeadId leadId,
        String leadName,
        NoteId noteId,
        UserId mentioned,
        @Nullable UUID authorId,
        String excerpt)
        implements TenantEvent {}

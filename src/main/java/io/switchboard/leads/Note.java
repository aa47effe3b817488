package io.switchboard.leads;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A note on a lead: shared with the organization, or private to its author. */
public record Note(
        NoteId id,
        LeadId leadId,
        @Nullable UUID authorId,
        NoteType noteType,
        String body,
        boolean isPrivate,
        List<UUID> mentions,
        List<Attachment> attachments,
        Instant createdAt,
        Instant updatedAt) {

    /** Metadata of a file kept elsewhere (the file itself is not stored by Switchboard). */
    public record Attachment(
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Size(max = 2000) String url,
            @Nullable @PositiveOrZero Long sizeBytes,
            @Nullable @Size(max = 200) String contentType) {}
}

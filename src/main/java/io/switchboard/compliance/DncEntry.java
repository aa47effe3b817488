package io.switchboard.compliance;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A number on a do-not-call list.
 *
 * @param phone E.164
 * @param addedBy the user who added it; null for automatic sources
 * @param importId the CSV import that added it, if any
 */
public record DncEntry(
        DncEntryId id,
        String phone,
        @Nullable String reason,
        DncSource source,
        @Nullable UUID addedBy,
        @Nullable DncImportId importId,
        Instant createdAt) {}

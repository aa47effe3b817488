package io.switchboard.analytics;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A lead that {@code leads_qualified} counts: created in the range, with at least one call whose
 * outcome was hot or warm.
 *
 * @param outcome its best call outcome: {@code hot} or {@code warm}
 * @param qualifyingCalls its calls with a hot or warm outcome
 */
public record QualifiedLead(
        UUID id,
        @Nullable String name,
        String status,
        String source,
        @Nullable UUID ownerId,
        @Nullable String ownerName,
        Instant createdAt,
        String outcome,
        int qualifyingCalls) {}

package io.switchboard.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Filters of the audit log search; every one is optional. {@code q} matches action or entity. */
public record AuditQuery(
        @Nullable String action,
        @Nullable String entityType,
        @Nullable String entityId,
        @Nullable UUID actorId,
        @Nullable Outcome outcome,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String q) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null, null);
    }
}

package io.switchboard.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One link of an organization's audit chain. */
public record AuditEntry(
        UUID id,
        long seq,
        Instant createdAt,
        String actorType,
        @Nullable UUID actorId,
        String action,
        String entityType,
        @Nullable String entityId,
        @Nullable Map<String, Object> oldValues,
        @Nullable Map<String, Object> newValues,
        Outcome outcome,
        @Nullable String ipAddress,
        @Nullable String userAgent,
        String hash) {}

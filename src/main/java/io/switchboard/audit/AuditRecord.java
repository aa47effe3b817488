package io.switchboard.audit;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An entry the application appends (sign-in, 2FA, …). Actor, IP address and user agent default to
 * the transaction's caller; {@code actorId} names the user when the caller is not signed in yet.
 * Never put secrets in the values.
 */
public record AuditRecord(
        String action,
        String entityType,
        @Nullable String entityId,
        @Nullable Map<String, ?> oldValues,
        @Nullable Map<String, ?> newValues,
        Outcome outcome,
        @Nullable UUID actorId) {

    public static AuditRecord of(String action, String entityType, @Nullable Object entityId) {
        return new AuditRecord(
                action, entityType, entityId == null ? null : entityId.toString(), null, null, Outcome.SUCCESS, null);
    }

    public AuditRecord outcome(Outcome value) {
        return new AuditRecord(action, entityType, entityId, oldValues, newValues, value, actorId);
    }

    public AuditRecord by(UUID user) {
        return new AuditRecord(action, entityType, entityId, oldValues, newValues, outcome, user);
    }

    public AuditRecord values(@Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
        return new AuditRecord(action, entityType, entityId, before, after, outcome, actorId);
    }
}

package io.switchboard.identity;

import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An API key as listed: never its secret.
 *
 * @param prefix the first characters of the current secret ({@code sk_…}), to recognise it
 * @param previousValidUntil after a rotation, until when the previous secret still works
 */
public record ApiKey(
        UUID id,
        String name,
        String prefix,
        Set<Permission> scopes,
        UserId createdBy,
        String createdByName,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        @Nullable String previousPrefix,
        @Nullable Instant previousValidUntil) {

    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}

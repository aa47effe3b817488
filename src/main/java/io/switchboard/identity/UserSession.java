package io.switchboard.identity;

import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A live session (one refresh-token family): where it signed in from and when it was last used. */
public record UserSession(
        UUID id,
        UserId userId,
        @Nullable String ipAddress,
        @Nullable String userAgent,
        Instant createdAt,
        Instant lastSeenAt,
        Instant expiresAt) {}

package io.switchboard.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something a security team wants to see: a failed sign-in, a lockout, a denied address.
 *
 * @param occurrences how many times it happened: a report that repeats (a flood of forged
 *     webhooks) is one event counting its repeats, from {@code createdAt} to {@code lastSeenAt}
 */
public record SecurityEvent(
        UUID id,
        Instant createdAt,
        SecurityEventKind kind,
        Severity severity,
        @Nullable UUID userId,
        @Nullable String email,
        @Nullable String ipAddress,
        @Nullable String userAgent,
        Map<String, Object> detail,
        int occurrences,
        @Nullable Instant lastSeenAt) {

    /** What a module reports; id, time, address and user agent are filled in on recording. */
    public record Report(
            SecurityEventKind kind,
            Severity severity,
            @Nullable UUID userId,
            @Nullable String email,
            Map<String, Object> detail) {}
}

package io.switchboard.routing;

import io.switchboard.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An agent as supervisors see them.
 *
 * @param callsToday calls accepted since midnight UTC
 * @param talkSeconds seconds of finished calls since midnight UTC
 * @param currentCall the call work in progress
 */
public record AgentPresence(
        UserId userId,
        String name,
        AgentStatus status,
        @Nullable String reason,
        Instant since,
        Instant lastSeenAt,
        int callsToday,
        long talkSeconds,
        @Nullable WorkId currentCall,
        boolean simulated) {}

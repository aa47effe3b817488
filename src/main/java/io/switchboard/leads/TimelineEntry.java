package io.switchboard.leads;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of a lead's timeline: a change, note, task, assignment, call or message. */
public record TimelineEntry(
        UUID id,
        Instant occurredAt,
        ActivityKind kind,
        @Nullable UUID actorId,
        String summary,
        Map<String, Object> details) {}

package io.switchboard.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A queue: where work waits until its strategy offers it to an agent.
 *
 * @param businessHours {@code {time_zone, days, start, end}}, or null for always open; work waits
 *     while the queue is closed and is offered when it opens
 * @param overflowQueueId where work goes when no agent at all holds the skills it needs, or when it
 *     has waited {@code overflowAfterSeconds}
 * @param takesCallbacks the organization's callback queue (one at most): follow-ups falling due for
 *     a lead nobody online owns become callback work here
 * @param phoneNumberIds the organization's numbers that answer into this queue: an inbound call to
 *     one becomes call work here
 */
public record Queue(
        QueueId id,
        String name,
        @Nullable UUID teamId,
        Strategy strategy,
        List<SkillLevel> requiredSkills,
        int reservationTimeoutSeconds,
        int wrapUpSeconds,
        int slaSeconds,
        @Nullable Map<String, Object> businessHours,
        @Nullable QueueId overflowQueueId,
        int overflowAfterSeconds,
        boolean takesCallbacks,
        List<UUID> phoneNumberIds,
        Instant createdAt,
        Instant updatedAt) {}

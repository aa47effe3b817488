package io.switchboard.routing;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a queue is made of, as created or replaced; a null leaves the default. */
public record QueueSettings(
        String name,
        @Nullable UUID teamId,
        @Nullable Strategy strategy,
        @Nullable List<SkillLevel> requiredSkills,
        @Nullable Integer reservationTimeoutSeconds,
        @Nullable Integer wrapUpSeconds,
        @Nullable Integer slaSeconds,
        @Nullable Map<String, Object> businessHours,
        @Nullable UUID overflowQueueId,
        @Nullable Integer overflowAfterSeconds,
        @Nullable Boolean takesCallbacks,
        @Nullable List<UUID> phoneNumberIds) {}

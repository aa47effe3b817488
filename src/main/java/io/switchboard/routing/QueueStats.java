package io.switchboard.routing;

import org.jspecify.annotations.Nullable;

/**
 * A queue on the wallboard.
 *
 * @param waiting work waiting or offered and not accepted yet
 * @param longestWaitSeconds how long the oldest of them has waited
 * @param slaPercent of the work accepted today, the share accepted within the queue's SLA (null:
 *     none accepted yet)
 */
public record QueueStats(
        QueueId queueId,
        String name,
        Strategy strategy,
        int waiting,
        int inProgress,
        long longestWaitSeconds,
        int slaSeconds,
        @Nullable Integer slaPercent) {}

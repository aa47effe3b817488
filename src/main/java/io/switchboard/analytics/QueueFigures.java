package io.switchboard.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Each queue's figures of one day (the organization's zone), for the supervisor's dashboard.
 *
 * @param rows the queues the caller may watch, by name
 */
public record QueueFigures(LocalDate date, String timezone, List<Row> rows) {

    /**
     * @param offered work that entered the queue that day (created there, or overflowed into it)
     * @param answered of those, accepted by an agent in this queue
     * @param timedOut of those, moved on to the queue's overflow queue (waited too long, or nobody here
     *     could take it)
     * @param slaPercent of those answered, the share answered within the queue's SLA (null: none answered)
     * @param waitingNow waiting or offered and not accepted now (the wallboard's figure; null for a past day)
     * @param longestWaitSeconds how long the oldest of them has waited (null for a past day)
     * @param abandoned of those offered, closed because the caller hung up before anyone accepted it here
     * @param averageAbandonWaitSeconds how long the abandoned waited here before hanging up, on average
     *     (null: none abandoned)
     * @param longestAbandonWaitSeconds the longest of those waits (null: none abandoned)
     * @param drill for each counted figure, the API list of exactly the work it counts
     */
    public record Row(
            UUID queueId,
            String name,
            int slaSeconds,
            int offered,
            int answered,
            int timedOut,
            int answeredWithinSla,
            @Nullable Integer slaPercent,
            @Nullable Integer waitingNow,
            @Nullable Long longestWaitSeconds,
            int abandoned,
            @Nullable Long averageAbandonWaitSeconds,
            @Nullable Long longestAbandonWaitSeconds,
            Map<String, String> drill) {}
}

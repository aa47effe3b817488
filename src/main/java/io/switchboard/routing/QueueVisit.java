package io.switchboard.routing;

import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A work's stay in one queue: entered then (created there, or overflowed into it), with the queue's
 * SLA at that moment, and how it ended (null: still there).
 *
 * @param id the visit's own id (a list's cursor)
 * @param answeredAt when an agent accepted it in this queue
 * @param leftAt when it overflowed on or its caller hung up
 * @param status the work's status now
 * @param agentId who accepted it (in this queue or a later one)
 */
public record QueueVisit(
        UUID id,
        WorkId workId,
        QueueId queueId,
        Instant enteredAt,
        int slaSeconds,
        @Nullable Instant answeredAt,
        @Nullable Instant leftAt,
        @Nullable VisitOutcome outcome,
        WorkKind kind,
        WorkStatus status,
        @Nullable UUID leadId,
        @Nullable UserId agentId) {

    /** Answered within the queue's SLA. */
    public boolean withinSla() {
        return answeredAt != null && !answeredAt.isAfter(enteredAt.plusSeconds(slaSeconds));
    }
}

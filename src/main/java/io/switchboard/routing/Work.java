package io.switchboard.routing;

import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A work and, when read on its own, every routing decision taken about it.
 *
 * @param agentId who accepted it
 * @param disposition how the agent closed it (when they said)
 * @param dispositionNote the agent's note on closing it
 * @param line where the caller of a live call is (held, ringing the agent's phone, …); null without one
 */
public record Work(
        WorkId id,
        QueueId queueId,
        WorkKind kind,
        @Nullable UUID leadId,
        @Nullable UUID callId,
        int priority,
        List<SkillLevel> requiredSkills,
        @Nullable Instant dueAt,
        WorkStatus status,
        @Nullable UserId agentId,
        Instant createdAt,
        @Nullable Instant assignedAt,
        @Nullable Instant completedAt,
        @Nullable Disposition disposition,
        @Nullable String dispositionNote,
        @Nullable CallLine line,
        List<Decision> decisions) {

    /** Why an agent was offered the work (agent null: why nobody could be). */
    public record Decision(@Nullable UserId agentId, Strategy strategy, String reason, Instant at) {}
}

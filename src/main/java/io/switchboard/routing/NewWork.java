package io.switchboard.routing;

import io.switchboard.leads.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A work to put in a queue. */
public record NewWork(
        WorkKind kind,
        @Nullable LeadId leadId,
        @Nullable UUID callId,
        int priority,
        List<SkillLevel> requiredSkills,
        @Nullable Instant dueAt) {}

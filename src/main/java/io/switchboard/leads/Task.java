package io.switchboard.leads;

import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record Task(
        TaskId id,
        @Nullable LeadId leadId,
        String title,
        @Nullable String description,
        @Nullable UserId assigneeId,
        @Nullable UUID createdBy,
        TaskPriority priority,
        TaskStatus status,
        Instant dueAt,
        @Nullable Instant completedAt,
        Instant createdAt,
        Instant updatedAt) {}

package io.switchboard.leads;

import io.switchboard.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record NewTask(
        @Nullable LeadId leadId,
        String title,
        @Nullable String description,
        @Nullable UserId assigneeId,
        @Nullable TaskPriority priority,
        Instant dueAt) {}

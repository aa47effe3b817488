package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Someone has a new task. */
public record TaskAssigned(
        UUID organizationId,
        TaskId taskId,
        @Nullable LeadId leadId,
        String title,
        UserId assignee,
        java.time.Instant dueAt)
        implements TenantEvent {}

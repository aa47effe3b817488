package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An open task's due time passed (its deadline job ran): someone should act on it now. */
public record TaskWentOverdue(
        UUID organizationId,
        TaskId taskId,
        @Nullable LeadId leadId,
        String title,
        @Nullable UserId assignee,
        Instant dueAt)
        implements TenantEvent {}

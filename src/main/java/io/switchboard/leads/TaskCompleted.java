package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task was marked completed. */
public record TaskCompleted(UUID organizationId, TaskId taskId, @Nullable LeadId leadId, Instant completedAt)
        implements TenantEvent {}

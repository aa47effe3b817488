package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A lead got a new owner (or none). */
public record LeadAssigned(
        UUID organizationId,
        LeadId leadId,
        String leadName,
        @Nullable UserId from,
        @Nullable UserId to,
        @Nullable UUID assignedBy,
        @Nullable String reason)
        implements TenantEvent {}
